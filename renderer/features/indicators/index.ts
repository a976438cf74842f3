// Indicator charts: what other features may use.
export { IndicatorsPanel, INDICATORS_PANEL } from './IndicatorsPanel';
export { indicatorCharts, type ChartSpec } from './charts';
export { standaloneSvg, svgToPng } from './chart-export';
export { indicatorsStrings } from './strings';

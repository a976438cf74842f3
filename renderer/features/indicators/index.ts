// Indicator charts: what other features may use. Slides, the presenter and export draw a chart slide
// only through ChartFigure / chartImage, so every surface shows the same drawing.
export { IndicatorsPanel, INDICATORS_PANEL } from './IndicatorsPanel';
export { indicatorCharts, type ChartSpec } from './charts';
export { standaloneSvg, svgToPng } from './chart-export';
export { ChartFigure } from './ChartFigure';
export { chartImage, chartSvg, chartThumbnail, plotChart, themeColours, PRINT_COLOURS, type ChartColours } from './chart-draw';
export { indicatorsStrings } from './strings';

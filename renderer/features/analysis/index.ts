// Corridor analysis feature: what other features and the app frame may use.
export { AnalysisPanel } from './AnalysisPanel';
export { AnalysisMapLayer, ANALYSIS_PANEL } from './AnalysisMapLayer';
export { usePackContent, type PackContent } from './usePackContent';
export { useCorridorAnalysis, type CorridorAnalysis } from './useCorridorAnalysis';
export { localName, formatNumber } from './names';
export { analysisStrings } from './strings';
export { ChipRadioGroup, type ChipOption } from './ChipRadioGroup';
export { analysisOverlayForView } from './scenario-overlay';
export { addSlideToCurrentDeck } from './scenario-slide';

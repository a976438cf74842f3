// What the app (and benchmarks) may use from the export feature.
export { ExportDialog } from './ExportDialog';
export { exportDeck, exportPng, buildDeckPdf, buildDeckPptx, buildPng, renderSlideImages, PNG_LIMITS, type PngOptions } from './run';
export { buildHandoutPdf, PAGE, MAP_BOX, PRINT_SNAPSHOT, type HandoutInput, type SlideImage } from './pdf';
export { buildPptx } from './pptx';
export { ExportCancelled, fileNameFor, type Progress, type JobContext } from './job';
import './automation';

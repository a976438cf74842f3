// What the app (and benchmarks) may use from the export feature.
import './automation';
export { ExportDialog } from './ExportDialog';
export { PrintPicturesInBackground } from './background';
export { exportDeck, exportPng, buildDeckPdf, buildDeckPptx, buildPng, renderSlideImages, PNG_LIMITS, type PngOptions } from './run';
export { PAGE, MAP_BOX, PRINT_SNAPSHOT } from './layout';
export type { HandoutInput, SlideImage } from './pdf';
export { ExportCancelled, fileNameFor, type Progress, type JobContext } from './job';

// What other features (and the app frame) may use from drawing.
export { DrawingMapSync } from './DrawingMapSync';
export { DrawingToolbar } from './DrawingToolbar';
export { DrawingLayersSection } from './DrawingLayersSection';
export { useDrawingLayers, useDrawings, exportLayer, type Drawing, type DrawingLayer } from './data';
export { useDrawingSession } from './session';
export { drawingStrings } from './strings';

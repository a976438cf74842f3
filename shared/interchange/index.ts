/**
 * Interchange: drawings and annotations in and out of GeoJSON (simplestyle), KML and KMZ; deposits to GeoJSON/CSV.
 * Pure TypeScript (no DOM, no Node): runs in the renderer, a Web Worker and Node tests.
 *
 *   const result = importFile(name, bytes);          // { ok: true, preview: { shapes, layerName, warnings } } | { ok: false, problem }
 *   const kml = writeKml(shapes, 'Route options');   // string, inline styles, ExtendedData keeps unknown properties
 *   const fc = writeGeoJson(shapes, 'Route options'); // FeatureCollection with simplestyle properties
 */
export * from './model';
export { normalizeColor, readStyle, writeStyle, toKmlColor } from './style';
export { checkGeometry, type GeometryIssue } from './geometry';
export { readShape, shapeToFeature } from './shape';
export { readGeoJson, writeGeoJson } from './geojson';
export { readKml, writeKml } from './kml';
export { importFile, sniffFormat } from './import';
export { IMPORT_LIMITS, type ImportLimits } from './limits';
export { htmlToText, hasActiveContent, looksLikeHtml } from './html-text';
export type { ImportFormat, ImportPreview, ImportProblem, ImportResult, ImportWarnings } from './result';
export { depositRow, depositsToCsv, depositsToGeoJson, type DepositRow, type NameLanguage } from './deposits';

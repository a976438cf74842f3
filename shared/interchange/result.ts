// What an import gives back: shapes to preview, or one problem the user can act on. Codes, not sentences:
// the renderer words them in the user's language.
import type { DrawingShape } from './model';
import type { GeometryIssue } from './geometry';

export type ImportFormat = 'geojson' | 'kml' | 'kmz';

export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'unknown-format' }
  | { code: 'malformed-json'; detail: string }
  | { code: 'malformed-xml'; detail: string }
  | { code: 'xml-doctype' }
  | { code: 'not-geojson' }
  | { code: 'not-kml' }
  | { code: 'kmz-corrupt'; detail: string }
  | { code: 'kmz-no-kml' }
  | { code: 'too-many-features'; count: number; limit: number }
  | { code: 'too-many-vertices'; count: number; limit: number }
  | { code: 'no-valid-features'; skipped: number; firstIssue?: GeometryIssue };

export interface ImportWarnings {
  /** Features dropped because their geometry was missing or invalid. */
  skipped: number;
  firstIssue?: GeometryIssue;
  /** Descriptions given as HTML, now plain text. */
  htmlStripped: number;
  /** Descriptions that held scripts or javascript: links, now inert text. */
  activeContent: number;
}

export interface ImportPreview {
  format: ImportFormat;
  /** A layer name taken from the file (KML <Document><name>, GeoJSON "name") or the file name. */
  layerName: string;
  shapes: DrawingShape[];
  vertices: number;
  warnings: ImportWarnings;
}

export type ImportResult = { ok: true; preview: ImportPreview } | { ok: false; problem: ImportProblem };

export const emptyWarnings = (): ImportWarnings => ({ skipped: 0, htmlStripped: 0, activeContent: 0 });

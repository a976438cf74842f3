// What a drawing is, independent of the map library and the file format it came from or goes to.
import type { Geometry, Position } from 'geojson';

export const DRAWING_KINDS = ['point', 'line', 'polygon', 'circle', 'freehand', 'text'] as const;
export type DrawingKind = (typeof DRAWING_KINDS)[number];

/** How a drawing looks. Colours are #rrggbb; opacities 0…1; width in screen pixels. */
export interface DrawingStyle {
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  fill: string;
  fillOpacity: number;
  dashed: boolean;
  markerColor: string;
}

export const DEFAULT_STYLE: DrawingStyle = {
  stroke: '#c2410c',
  strokeWidth: 3,
  strokeOpacity: 1,
  fill: '#f97316',
  fillOpacity: 0.25,
  dashed: false,
  markerColor: '#c2410c',
};

/** One shape on the map with its words and looks; `extra` keeps properties from other tools untouched. */
export interface DrawingShape {
  kind: DrawingKind;
  geometry: Geometry;
  name: string;
  description: string;
  style: DrawingStyle;
  /** Circles only: radius and centre, so the circle can be redrawn exactly. */
  radiusKm?: number;
  center?: Position;
  extra: Record<string, unknown>;
}

/** Our own property names in GeoJSON `properties` and KML ExtendedData. */
export const STEPPE_PROPS = {
  kind: 'steppe:kind',
  radiusKm: 'steppe:radius-km',
  center: 'steppe:center',
  dashed: 'steppe:dashed',
} as const;

/** Counts the positions in a geometry, stopping early past `limit`. */
export function countVertices(geometry: Geometry, limit = Infinity): number {
  switch (geometry.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.reduce((n, part) => n + part.length, 0);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((n, poly) => n + poly.reduce((m, ring) => m + ring.length, 0), 0);
    case 'GeometryCollection': {
      let n = 0;
      for (const g of geometry.geometries) {
        n += countVertices(g, limit - n);
        if (n > limit) break;
      }
      return n;
    }
  }
}

/** The kind a foreign geometry becomes when imported. */
export function kindForGeometry(geometry: Geometry): DrawingKind {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 'point';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    default:
      return 'polygon';
  }
}

// User drawings and annotation badges as MapLibre sources and layers. Pure: data in, specs out.
import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { DrawingShape } from '../../shared/interchange';
import { withSharedProgram } from './layers/programs';

export const DRAWING_SOURCE = 'user-drawings';
export const BADGE_SOURCE = 'annotation-badges';
export const DRAWING_LAYER_IDS = ['drawing-fill', 'drawing-line', 'drawing-line-dashed', 'drawing-point', 'drawing-text'] as const;
export const BADGE_LAYER_IDS = ['annotation-badge', 'annotation-badge-count'] as const;

export interface DrawingFeatureInput {
  id: string;
  shape: DrawingShape;
}

/** Flat properties the layers read with ["get", …]. */
export function drawingFeatures(drawings: readonly DrawingFeatureInput[], hiddenIds: ReadonlySet<string> = new Set()): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: drawings.map(({ id, shape }): Feature => ({
      type: 'Feature',
      id,
      geometry: shape.geometry,
      properties: {
        id,
        kind: shape.kind,
        name: shape.name,
        stroke: shape.style.stroke,
        strokeWidth: shape.style.strokeWidth,
        strokeOpacity: shape.style.strokeOpacity,
        fill: shape.style.fill,
        fillOpacity: shape.style.fillOpacity,
        dashed: shape.style.dashed,
        marker: shape.style.markerColor,
        // Shapes being edited are drawn by the editor; their labels stay here.
        editing: hiddenIds.has(id),
      },
    })),
  };
}

export interface BadgeInput {
  position: [number, number];
  count: number;
  /** Colour of the most important flag, or the neutral badge colour. */
  color: string;
  /** The deposit is gone from the current pack. */
  orphan: boolean;
}

export function badgeFeatures(badges: readonly BadgeInput[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: badges.map((b) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: b.position },
      properties: { count: b.count, color: b.color, orphan: b.orphan },
    })),
  };
}

export function drawingSources(drawings: FeatureCollection, badges: FeatureCollection): Record<string, GeoJSONSourceSpecification> {
  return {
    [DRAWING_SOURCE]: { type: 'geojson', data: drawings },
    [BADGE_SOURCE]: { type: 'geojson', data: badges },
  };
}

const notEditing: ExpressionSpecification = ['!=', ['get', 'editing'], true];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['any', ['==', ['geometry-type'], 'LineString'], ['==', ['geometry-type'], 'Polygon']];
const all = (...parts: ExpressionSpecification[]) => ['all', ...parts] as FilterSpecification;

export function drawingLayers(theme: 'light' | 'dark', showBadges: boolean): LayerSpecification[] {
  const halo = theme === 'dark' ? '#0f172a' : '#ffffff';
  const line = (id: string, dashed: boolean): LayerSpecification => ({
    id,
    type: 'line',
    source: DRAWING_SOURCE,
    filter: all(notEditing, isLine, ['==', ['get', 'dashed'], dashed]),
    layout: { 'line-join': 'round', 'line-cap': dashed ? 'butt' : 'round' },
    paint: {
      'line-color': ['get', 'stroke'],
      'line-width': ['get', 'strokeWidth'],
      'line-opacity': ['get', 'strokeOpacity'],
      ...(dashed ? { 'line-dasharray': [2, 1.5] } : {}),
    },
  });
  const layers: LayerSpecification[] = [
    {
      id: 'drawing-fill',
      type: 'fill',
      source: DRAWING_SOURCE,
      filter: all(notEditing, isPolygon),
      paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': ['get', 'fillOpacity'] },
    },
    line('drawing-line', false),
    line('drawing-line-dashed', true),
    {
      id: 'drawing-point',
      type: 'circle',
      source: DRAWING_SOURCE,
      filter: all(notEditing, ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'kind'], 'text']),
      paint: { 'circle-radius': 6, 'circle-color': ['get', 'marker'], 'circle-stroke-color': halo, 'circle-stroke-width': 2 },
    },
    {
      id: 'drawing-text',
      type: 'symbol',
      source: DRAWING_SOURCE,
      filter: all(['==', ['geometry-type'], 'Point'], ['==', ['get', 'kind'], 'text']),
      layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Bold'], 'text-size': 15, 'text-allow-overlap': true },
      paint: { 'text-color': ['get', 'stroke'], 'text-halo-color': halo, 'text-halo-width': 2 },
    },
    {
      id: 'annotation-badge',
      type: 'circle',
      source: BADGE_SOURCE,
      layout: { visibility: showBadges ? 'visible' : 'none' },
      paint: {
        'circle-radius': 8,
        'circle-color': ['get', 'color'],
        'circle-stroke-color': ['case', ['get', 'orphan'], '#dc2626', halo],
        'circle-stroke-width': ['case', ['get', 'orphan'], 3, 2],
        'circle-translate': [10, -10],
      },
    },
    {
      id: 'annotation-badge-count',
      type: 'symbol',
      source: BADGE_SOURCE,
      layout: {
        visibility: showBadges ? 'visible' : 'none',
        'text-field': ['to-string', ['get', 'count']],
        'text-font': ['Noto Sans Bold'],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-offset': [0.9, -0.9],
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
  return layers.map(withSharedProgram);
}

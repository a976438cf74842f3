// Corridor-analysis overlay: the chosen route with legs coloured by the country they cross, deposits that can or
// cannot reach the partner (greyed), and timeline highlights. Layer specs are pure; `setAnalysisOverlay` applies them.
import type { GeoJSONSource, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { Position } from '../../shared/pack';
import type { RouteLeg } from '../../shared/routes';
import type { MapController } from './MapController';
import { withSharedProgram } from './layers/programs';

/** Colours of transit regions, shared by map legs and the panel's share bars (readable on light and dark maps). */
export const REGION_COLORS: Readonly<Record<string, string>> = {
  MN: '#c98a1b',
  CN: '#d1403a',
  RU: '#3b6fd8',
  KZ: '#1c9c8c',
  KR: '#8a4fc9',
  JP: '#c2467f',
  sea: '#3a9fc0',
  air: '#7a7f8c',
};
export const OTHER_REGION_COLOR = '#6f8f3a';
export const regionColor = (region: string) => REGION_COLORS[region] ?? OTHER_REGION_COLOR;

export interface DepositMark {
  id: string;
  position: Position;
  reachable: boolean;
}

export interface AnalysisOverlay {
  route: readonly RouteLeg[] | null;
  deposits: readonly DepositMark[];
  /** Points to ring (deposits linked to timeline events up to the chosen date). */
  highlights: readonly Position[];
}

export const ANALYSIS_SOURCES = { route: 'analysis-route', deposits: 'analysis-deposits', highlights: 'analysis-highlights' } as const;

export function routeFeatures(legs: readonly RouteLeg[] | null): GeoJSON.FeatureCollection<GeoJSON.LineString> {
  return {
    type: 'FeatureCollection',
    features: (legs ?? []).map((leg, i) => ({
      type: 'Feature',
      id: i,
      properties: { region: leg.region, mode: leg.mode, kind: leg.kind, color: regionColor(leg.region), dashed: leg.kind !== 'corridor' || leg.mode === 'air' },
      geometry: { type: 'LineString', coordinates: leg.geometry.map((p) => [p[0], p[1]]) },
    })),
  };
}

export function depositMarkFeatures(marks: readonly DepositMark[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: marks.map((m) => ({
      type: 'Feature',
      properties: { id: m.id, reachable: m.reachable },
      geometry: { type: 'Point', coordinates: [m.position[0], m.position[1]] },
    })),
  };
}

export function highlightFeatures(points: readonly Position[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p[0], p[1]] } })),
  };
}

/** Layers in drawing order: greyed deposits under the route, the route, then the rings. */
export function analysisLayers(theme: 'light' | 'dark'): LayerSpecification[] {
  const halo = theme === 'dark' ? '#10151c' : '#ffffff';
  const layers: LayerSpecification[] = [
    {
      id: 'analysis-deposits-blocked', type: 'circle', source: ANALYSIS_SOURCES.deposits, filter: ['==', ['get', 'reachable'], false],
      paint: { 'circle-radius': 7, 'circle-color': theme === 'dark' ? '#4a505a' : '#b7bcc4', 'circle-stroke-color': halo, 'circle-stroke-width': 1.5, 'circle-opacity': 0.95 },
    },
    {
      id: 'analysis-deposits-reachable', type: 'circle', source: ANALYSIS_SOURCES.deposits, filter: ['==', ['get', 'reachable'], true],
      paint: { 'circle-radius': 7, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#1f9d55', 'circle-stroke-width': 1.5, 'circle-stroke-opacity': 0.8 },
    },
    {
      id: 'analysis-route-casing', type: 'line', source: ANALYSIS_SOURCES.route,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': halo, 'line-width': 9, 'line-opacity': 0.9 },
    },
    {
      id: 'analysis-route-solid', type: 'line', source: ANALYSIS_SOURCES.route, filter: ['==', ['get', 'dashed'], false],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 5 },
    },
    {
      id: 'analysis-route-dashed', type: 'line', source: ANALYSIS_SOURCES.route, filter: ['==', ['get', 'dashed'], true],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 4, 'line-dasharray': [1.5, 1.2] },
    },
    {
      id: 'analysis-highlights', type: 'circle', source: ANALYSIS_SOURCES.highlights,
      paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#e0a100', 'circle-stroke-width': 3 },
    },
  ];
  return layers.map(withSharedProgram);
}

export const ANALYSIS_LAYER_IDS = analysisLayers('light').map((l) => l.id);

type PaintKey = Parameters<MlMap['setPaintProperty']>[1];

function setSource(map: MlMap, id: string, data: GeoJSON.FeatureCollection): Promise<void> {
  const source = map.getSource<GeoJSONSource>(id);
  if (source) return source.setData(data);
  map.addSource(id, { type: 'geojson', data });
  return Promise.resolve();
}

function apply(map: MlMap, overlay: AnalysisOverlay | null, theme: 'light' | 'dark'): Promise<unknown> {
  const empty = overlay ?? { route: null, deposits: [], highlights: [] };
  const updated = Promise.all([
    setSource(map, ANALYSIS_SOURCES.deposits, depositMarkFeatures(empty.deposits)),
    setSource(map, ANALYSIS_SOURCES.route, routeFeatures(empty.route)),
    setSource(map, ANALYSIS_SOURCES.highlights, highlightFeatures(empty.highlights)),
  ]);
  const before = map.getLayer('country-labels') ? 'country-labels' : undefined;
  for (const layer of analysisLayers(theme)) {
    if (map.getLayer(layer.id)) {
      for (const [key, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, key as PaintKey, value);
      map.moveLayer(layer.id, before);
    } else {
      map.addLayer(layer, before);
    }
  }
  return updated;
}

/**
 * Draws (or clears, with null) the analysis overlay on a live map. Waits for the style when it is still loading;
 * redraws after any later style reload so a theme change keeps the overlay. Resolves once the map holds the new
 * data (setData is processed off the main thread), so an export that reads the picture at 'idle' never gets the
 * previous slide's route.
 */
export function setAnalysisOverlay(controller: MapController, overlay: AnalysisOverlay | null, theme: 'light' | 'dark'): Promise<void> {
  const { map } = controller;
  const state = map as MlMap & { __analysisOverlay?: { overlay: AnalysisOverlay | null; theme: 'light' | 'dark' } };
  const first = state.__analysisOverlay === undefined;
  state.__analysisOverlay = { overlay, theme };
  const run = async () => {
    const latest = state.__analysisOverlay;
    if (latest) await apply(map, latest.overlay, latest.theme);
  };
  if (first) map.on('style.load', () => void run());
  // isStyleLoaded() is also false while sources reload after a move; 'idle' comes in both cases.
  if (map.isStyleLoaded()) return run();
  return new Promise((resolve) => map.once('idle', () => void run().then(resolve, resolve)));
}

/** Frames the route's legs inside Mongolia's neighbourhood (assumed onward legs to distant gateways are left out). */
export function fitRoute(controller: MapController, legs: readonly RouteLeg[]): void {
  const points = legs.filter((l) => l.kind !== 'assumed').flatMap((l) => l.geometry);
  if (points.length < 2) return;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  controller.map.fitBounds(
    [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]],
    { padding: { top: 60, bottom: 140, left: 60, right: 60 }, maxZoom: 6.5, duration: reduce ? 0 : 900 },
  );
}

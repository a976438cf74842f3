// Export corridors and their nodes as map data: entities + lens → GeoJSON and MapLibre layers. Pure.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import {
  CORRIDOR_MODES, FACILITY_KINDS, haversineKm, type Corridor, type CorridorStatus, type Facility, type Position,
} from '../../../shared/pack';
import { CORRIDOR_MODE_COLOURS, LABEL_COLOURS } from '../palette';
import { nameWithLocal, type MapTheme } from '../style';
import { nodeIconId } from './node-icons';
import { isHighlighted, stateCase } from './feature-state';

export const CORRIDOR_SOURCE = 'corridors';
export const NODE_SOURCE = 'nodes';
export const CORRIDOR_LAYER_PREFIX = 'corridor-line-';
export const NODE_LAYER = 'node-points';

export interface CorridorProperties {
  id: string;
  /** Mode of this leg (a multimodal corridor is drawn leg by leg). */
  mode: Exclude<Corridor['mode'], 'multimodal'> | 'multimodal';
  status: CorridorStatus;
  /** "|MN|CN|KR|": transit countries and the destination's country. */
  countries: string;
  en: string;
  mn: string;
  ko: string;
}

export interface NodeProperties {
  id: string;
  kind: Facility['kind'];
  country: string;
  en: string;
  mn: string;
  ko: string;
  /** The place's own-script name (二连浩特 for Erenhot), drawn under its label; '' when none. */
  local: string;
  /** Which font draws `local`: 'ja' (kana or a Japanese place), 'zh' (Han), else ''. */
  script: string;
}

/** A facility's own-script name: Chinese for places in China, Japanese in Japan, Russian in Russia, else `local`. */
export function localName(f: Pick<Facility, 'name' | 'country'>): { local: string; script: string } {
  const byCountry: Record<string, string | undefined> = { CN: f.name.zh, JP: f.name.ja, RU: f.name.ru };
  const local = byCountry[f.country] ?? f.name.local ?? '';
  const script = /[\u3040-\u30ff]/.test(local) || (f.country === 'JP' && /\p{Script=Han}/u.test(local)) ? 'ja' : /\p{Script=Han}/u.test(local) ? 'zh' : '';
  return { local, script };
}

/** Where along `line` each node sits (nearest vertex, searching forward), so legs can be cut at nodes. */
function nodeVertexIndices(line: readonly Position[], nodes: readonly Position[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const node of nodes) {
    let best = from;
    let bestKm = Infinity;
    for (let i = from; i < line.length; i++) {
      const km = haversineKm(line[i], node);
      if (km < bestKm) [best, bestKm] = [i, km];
    }
    out.push(best);
    from = best;
  }
  return out;
}

export function corridorFeatures(corridors: readonly Corridor[], facilities: readonly Facility[]): FeatureCollection<LineString, CorridorProperties> {
  const byId = new Map(facilities.map((f) => [f.id, f]));
  const features: Feature<LineString, CorridorProperties>[] = [];
  for (const c of corridors) {
    const last = byId.get(c.nodeIds.at(-1) ?? '');
    const countries = new Set([...c.transitCountries, ...(last ? [last.country] : [])]);
    const base = { id: c.id, status: c.status, countries: `|${[...countries].join('|')}|`, en: c.name.en, mn: c.name.mn ?? c.name.en, ko: c.name.ko ?? c.name.en };
    const positions = c.nodeIds.map((id) => byId.get(id)).map((f) => (f ? ([f.location.lon, f.location.lat] as Position) : undefined));
    if (c.mode === 'multimodal' && c.legModes && c.legModes.length === c.nodeIds.length - 1 && positions.every(Boolean)) {
      const cuts = nodeVertexIndices(c.geometry, positions as Position[]);
      c.legModes.forEach((mode, i) => {
        const coords = c.geometry.slice(cuts[i], cuts[i + 1] + 1);
        if (coords.length >= 2) features.push({ type: 'Feature', properties: { ...base, mode }, geometry: { type: 'LineString', coordinates: coords } });
      });
    } else {
      features.push({ type: 'Feature', properties: { ...base, mode: c.mode }, geometry: { type: 'LineString', coordinates: [...c.geometry] } });
    }
  }
  return { type: 'FeatureCollection', features };
}

export function nodeFeatures(facilities: readonly Facility[], corridors: readonly Corridor[]): FeatureCollection<Point, NodeProperties> {
  // Mine sites sit under their deposit symbol; only draw them when a corridor starts there.
  const onCorridor = new Set(corridors.flatMap((c) => c.nodeIds));
  return {
    type: 'FeatureCollection',
    features: facilities
      .filter((f) => f.kind !== 'mine-site' || onCorridor.has(f.id))
      .map((f) => ({
        type: 'Feature',
        properties: {
          id: f.id, kind: f.kind, country: f.country, en: f.name.en, mn: f.name.mn ?? f.name.en, ko: f.name.ko ?? f.name.en,
          ...localName(f),
        },
        geometry: { type: 'Point', coordinates: [f.location.lon, f.location.lat] },
      })),
  };
}

export const STATUS_DASH: Record<'operating' | 'construction' | 'planned', number[] | null> = {
  operating: null,
  construction: [3, 1.5],
  planned: [1, 1.8],
};
/** Status groups drawn as separate layers (dash patterns are per layer); "proposed" draws like "planned". */
const STATUS_GROUPS: Record<keyof typeof STATUS_DASH, CorridorStatus[]> = {
  operating: ['operating'], construction: ['construction'], planned: ['planned', 'proposed'],
};

export interface CorridorLayerOptions {
  theme: MapTheme;
  lens: string | null;
  language: 'en' | 'ko' | 'mn';
}

const modeColour = (theme: MapTheme): ExpressionSpecification =>
  ['match', ['get', 'mode'], ...CORRIDOR_MODES.flatMap((m) => [m, CORRIDOR_MODE_COLOURS[theme][m]]), CORRIDOR_MODE_COLOURS[theme].multimodal] as unknown as ExpressionSpecification;
const modeWidth: ExpressionSpecification = ['match', ['get', 'mode'], 'rail', 2.8, 'road', 2.2, 'sea', 2, 'air', 1.4, 2];
const lensed = (lens: string | null, on: number, off: number): ExpressionSpecification | number =>
  lens ? ['case', ['in', `|${lens}|`, ['get', 'countries']], on, off] : on;

export function corridorLayers(o: CorridorLayerOptions): LayerSpecification[] {
  const label = LABEL_COLOURS[o.theme];
  // Zoom may only drive a top-level interpolate, so casings get their own with the extra width inside.
  const widthPlus = (extra: number): ExpressionSpecification =>
    ['interpolate', ['linear'], ['zoom'], 3, ['+', extra, ['*', 0.8, modeWidth]], 8, ['+', extra, ['*', 1.8, modeWidth]]];
  const width = widthPlus(0);
  const layers: LayerSpecification[] = [
    {
      // Selection and slide highlights as feature state: a click repaints without re-tiling.
      id: 'corridor-selected', type: 'line', source: CORRIDOR_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': label.text, 'line-width': stateCase(isHighlighted, widthPlus(5), 0), 'line-opacity': 0.35 },
    },
    {
      id: 'corridor-casing', type: 'line', source: CORRIDOR_SOURCE, filter: ['==', ['get', 'status'], 'operating'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': label.halo, 'line-width': widthPlus(2), 'line-opacity': lensed(o.lens, 0.9, 0.2) },
    },
  ];
  for (const [group, statuses] of Object.entries(STATUS_GROUPS) as [keyof typeof STATUS_DASH, CorridorStatus[]][]) {
    const dash = STATUS_DASH[group];
    layers.push({
      id: `${CORRIDOR_LAYER_PREFIX}${group}`, type: 'line', source: CORRIDOR_SOURCE,
      filter: ['in', ['get', 'status'], ['literal', statuses]] as FilterSpecification,
      layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': modeColour(o.theme),
        'line-width': width,
        'line-opacity': lensed(o.lens, group === 'operating' ? 0.95 : 0.85, 0.15),
        ...(dash ? { 'line-dasharray': dash } : {}),
      },
    });
  }
  layers.push(
    {
      // Direction of export: chevrons along the line, origin → destination.
      id: 'corridor-arrows', type: 'symbol', source: CORRIDOR_SOURCE, minzoom: 3.5,
      layout: {
        'symbol-placement': 'line', 'symbol-spacing': 70, 'text-field': '›', 'text-font': ['Noto Sans Bold'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 14, 8, 20], 'text-keep-upright': false, 'text-allow-overlap': true,
        'text-offset': [0, -0.08],
      },
      paint: { 'text-color': modeColour(o.theme), 'text-halo-color': label.halo, 'text-halo-width': 1, 'text-opacity': lensed(o.lens, 1, 0.15) },
    },
    {
      id: 'corridor-labels', type: 'symbol', source: CORRIDOR_SOURCE, minzoom: 4.5,
      layout: {
        'symbol-placement': 'line', 'symbol-spacing': 400, 'text-field': ['get', o.language], 'text-font': ['Noto Sans Regular'],
        'text-size': 11.5, 'text-offset': [0, 0.9], 'text-max-angle': 30,
      },
      paint: { 'text-color': label.muted, 'text-halo-color': label.halo, 'text-halo-width': 1.5, 'text-opacity': lensed(o.lens, 1, 0.2) },
    },
  );
  return layers;
}

export function nodeLayers(o: CorridorLayerOptions): LayerSpecification[] {
  const label = LABEL_COLOURS[o.theme];
  const lensNode = (on: number, off: number): ExpressionSpecification | number => (o.lens ? ['case', ['==', ['get', 'country'], o.lens], on, off] : on);
  return [
    {
      // Pictograms on a badge (see node-icons.ts), larger for border crossings, the chokepoints of every route.
      id: NODE_LAYER, type: 'symbol', source: NODE_SOURCE, minzoom: 3,
      layout: {
        'icon-image': ['concat', nodeIconId(o.theme, ''), ['get', 'kind']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, ['match', ['get', 'kind'], 'border-crossing', 0.62, 0.5], 8, ['match', ['get', 'kind'], 'border-crossing', 1.05, 0.9]],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': lensNode(1, 0.55) },
    },
    {
      id: 'node-selected', type: 'circle', source: NODE_SOURCE,
      paint: {
        'circle-radius': stateCase(isHighlighted, 13, 0),
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': label.text,
        'circle-stroke-width': stateCase(isHighlighted, 2.5, 0),
      },
    },
    {
      // Mine sites share their deposit's name, which the deposit layer already writes.
      id: 'node-labels', type: 'symbol', source: NODE_SOURCE, minzoom: 5, filter: ['!=', ['get', 'kind'], 'mine-site'],
      layout: {
        'text-field': nameWithLocal(o.language), 'text-font': ['Noto Sans Regular'], 'text-size': 11,
        'text-anchor': 'left', 'text-offset': [1.1, 0], 'text-max-width': 10, 'text-optional': true, 'text-justify': 'left',
      },
      paint: { 'text-color': label.muted, 'text-halo-color': label.halo, 'text-halo-width': 1.4 },
    },
  ];
}

export const CORRIDOR_LAYER_IDS = ['corridor-selected', 'corridor-casing', ...Object.keys(STATUS_DASH).map((g) => `${CORRIDOR_LAYER_PREFIX}${g}`), 'corridor-arrows', 'corridor-labels'];
export const NODE_LAYER_IDS = [NODE_LAYER, 'node-selected', 'node-labels'];
export { FACILITY_KINDS };

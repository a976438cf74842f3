// The whole map as layer specs: basemap + corridors + nodes + deposits, from data and UI state. Pure.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Corridor, Country, Deposit, Facility, PackEvent } from '../../shared/pack';
import type { DepositFilters, LayerVisibility, Selection } from '../store/map';
import { aimagLabels, aimagShapes, worldCountries } from './countries';
import { baseStyle, type LabelLanguage, type MapTheme } from './style';
import { depositFeatures, depositLayers, partnerInvolvement, depositSource, DEPOSIT_LAYER_IDS, DEPOSIT_SOURCE } from './layers/deposits';
import {
  corridorFeatures, corridorLayers, CORRIDOR_LAYER_IDS, CORRIDOR_SOURCE, nodeFeatures, nodeLayers, NODE_LAYER_IDS, NODE_SOURCE,
} from './layers/corridors';
import { changeLayers, CHANGE_LAYERS, type MapChanges } from './layers/changes';

export interface AtlasData {
  deposits: readonly Deposit[];
  corridors: readonly Corridor[];
  facilities: readonly Facility[];
  /** For partner involvement beyond stakes: engagements and events that name a deposit. */
  countries?: readonly Country[];
  events?: readonly PackEvent[];
}

export interface OverlayState {
  theme: MapTheme;
  language: LabelLanguage;
  filters: DepositFilters;
  lens: string | null;
  selection: Selection | null;
  layers: LayerVisibility;
  /** What the last applied pack added or changed, while the user highlights it ("what changed"). */
  changes?: MapChanges | null;
}

export const EMPTY_DATA: AtlasData = { deposits: [], corridors: [], facilities: [] };

/** GeoJSON sources for the thematic layers. */
export function thematicSources(data: AtlasData): Record<string, SourceSpecification> {
  return {
    [CORRIDOR_SOURCE]: { type: 'geojson', data: corridorFeatures(data.corridors, data.facilities) },
    [NODE_SOURCE]: { type: 'geojson', data: nodeFeatures(data.facilities, data.corridors), promoteId: 'id' },
    [DEPOSIT_SOURCE]: depositSource(depositFeatures(data.deposits, partnerInvolvement(data.deposits, data.countries ?? [], data.events ?? []))),
  };
}

const GROUP_LAYERS: Record<'deposits' | 'corridors' | 'nodes', readonly string[]> = {
  deposits: DEPOSIT_LAYER_IDS, corridors: CORRIDOR_LAYER_IDS, nodes: NODE_LAYER_IDS,
};

/** Every layer, in drawing order, with visibility applied. */
export function overlayLayers(state: OverlayState, depositCount: number): LayerSpecification[] {
  const selected = (kind: Selection['kind']) => (state.selection?.kind === kind ? state.selection.id : null);
  const common = { theme: state.theme, lens: state.lens, language: state.language };
  const base = baseStyle(state.theme, worldCountries(), {
    aimags: aimagShapes(), aimagLabels: aimagLabels(), language: state.language, lens: state.lens,
    showPartners: state.layers.partners, showAimags: state.layers.aimags,
  }).layers;
  const changes = changeLayers(state.changes ?? null, state.theme);
  const shown: Record<string, boolean> = { [CHANGE_LAYERS.corridors]: state.layers.corridors, [CHANGE_LAYERS.facilities]: state.layers.nodes, [CHANGE_LAYERS.deposits]: state.layers.deposits };
  const thematic = [
    ...changes.below.map((l) => hideUnless(l, shown[l.id])),
    ...corridorLayers({ ...common, selectedId: selected('corridor') }).map((l) => hideUnless(l, state.layers.corridors)),
    ...nodeLayers({ ...common, selectedId: selected('facility') }).map((l) => hideUnless(l, state.layers.nodes)),
    ...depositLayers({ ...common, filters: state.filters, selectedId: selected('deposit'), count: depositCount }).map((l) =>
      hideUnless(l, state.layers.deposits),
    ),
    ...changes.above.map((l) => hideUnless(l, shown[l.id])),
  ];
  const at = base.findIndex((l) => l.id === 'country-labels');
  return [...base.slice(0, at), ...thematic, ...base.slice(at)];
}

function hideUnless(layer: LayerSpecification, visible: boolean): LayerSpecification {
  if (visible || layer.type === 'background') return layer;
  return { ...layer, layout: { ...(layer.layout ?? {}), visibility: 'none' } } as LayerSpecification;
}

/** The complete style, for the first paint and for pages (benchmarks) that draw the same map. */
export function atlasStyle(state: OverlayState, data: AtlasData, fontFaces?: StyleSpecification['font-faces']): StyleSpecification {
  const base = baseStyle(state.theme, worldCountries(), { aimags: aimagShapes(), aimagLabels: aimagLabels(), fontFaces });
  return { ...base, sources: { ...base.sources, ...thematicSources(data) }, layers: overlayLayers(state, data.deposits.length) };
}

export { GROUP_LAYERS };

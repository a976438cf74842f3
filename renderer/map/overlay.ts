// The whole map as layer specs: basemap + corridors + nodes + deposits, from data and UI state. Pure.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Corridor, Country, Deposit, Facility, PackEvent } from '../../shared/pack';
import type { DepositFilters, LayerVisibility, Selection } from '../store/map';
import { aimagLabels, aimagShapes, worldCountries } from './countries';
import { baseStyle, type LabelLanguage, type MapTheme } from './style';
import {
  depositFeatures, depositLayers, depositMarksSource, matchesFilters, partnerInvolvement, depositSource, DEPOSIT_LAYER_IDS, DEPOSIT_MARKS_SOURCE,
  DEPOSIT_SOURCE, type DepositProperties,
} from './layers/deposits';
import {
  corridorFeatures, corridorLayers, CORRIDOR_LAYER_IDS, CORRIDOR_SOURCE, nodeFeatures, nodeLayers, NODE_LAYER_IDS, NODE_SOURCE,
} from './layers/corridors';
import { changeLayers, CHANGE_LAYERS, type MapChanges } from './layers/changes';
import { featureFlags, type FeatureFlags } from './layers/feature-state';
import { withSharedProgram } from './layers/programs';

export interface AtlasData {
  /** Checksum of the pack this content came from (absent for content that is not a pack's, e.g. benchmarks). */
  checksum?: string;
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
  /** The feature whose details are open; drawn ringed like the highlights. */
  selection: Selection | null;
  /** Further features drawn ringed (shift/⌘-click, a slide's highlighted features). */
  highlights?: readonly Selection[];
  layers: LayerVisibility;
  /** What the last applied pack added or changed, while the user highlights it ("what changed"). */
  changes?: MapChanges | null;
}

export const EMPTY_DATA: AtlasData = { deposits: [], corridors: [], facilities: [] };

/** GeoJSON sources for the thematic layers. */
export function thematicSources(data: AtlasData): Record<string, SourceSpecification> {
  const deposits = depositFeatures(data.deposits, partnerInvolvement(data.deposits, data.countries ?? [], data.events ?? []));
  return {
    // promoteId: selection rings are per-feature state keyed by the pack's id (see layers/feature-state.ts).
    [CORRIDOR_SOURCE]: { type: 'geojson', data: corridorFeatures(data.corridors, data.facilities), promoteId: 'id' },
    [NODE_SOURCE]: { type: 'geojson', data: nodeFeatures(data.facilities, data.corridors), promoteId: 'id' },
    [DEPOSIT_SOURCE]: depositSource(deposits),
    [DEPOSIT_MARKS_SOURCE]: depositMarksSource(deposits),
  };
}

const GROUP_LAYERS: Record<'deposits' | 'corridors' | 'nodes', readonly string[]> = {
  deposits: DEPOSIT_LAYER_IDS, corridors: CORRIDOR_LAYER_IDS, nodes: NODE_LAYER_IDS,
};

/** Every layer, in drawing order, with visibility applied. */
export function overlayLayers(state: OverlayState, depositCount: number): LayerSpecification[] {
  const common = { theme: state.theme, lens: state.lens, language: state.language };
  const base = baseStyle(state.theme, worldCountries(), {
    aimags: aimagShapes(), aimagLabels: aimagLabels(), language: state.language, lens: state.lens,
    showPartners: state.layers.partners, showAimags: state.layers.aimags,
  }).layers;
  const changes = changeLayers(state.changes ?? null, state.theme);
  const shown: Record<string, boolean> = { [CHANGE_LAYERS.corridors]: state.layers.corridors, [CHANGE_LAYERS.facilities]: state.layers.nodes, [CHANGE_LAYERS.deposits]: state.layers.deposits };
  const thematic = [
    ...changes.below.map((l) => hideUnless(l, shown[l.id])),
    ...corridorLayers(common).map((l) => hideUnless(l, state.layers.corridors)),
    ...nodeLayers(common).map((l) => hideUnless(l, state.layers.nodes)),
    ...depositLayers({ ...common, filters: state.filters, count: depositCount }).map((l) =>
      hideUnless(l, state.layers.deposits),
    ),
    ...changes.above.map((l) => hideUnless(l, shown[l.id])),
  ];
  const at = base.findIndex((l) => l.id === 'country-labels');
  return [...base.slice(0, at), ...thematic, ...base.slice(at)].map(withSharedProgram);
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

/**
 * Which features the paint hides, reveals or rings, per source: deposits the filters reject are 'hidden', those they
 * let through but the tiles were cut without (`drawn`: the filters the tiles hold) are 'pending' (the layer filter
 * follows a moment later), the selection and the highlights are 'highlighted'.
 */
export function overlayFlags(state: OverlayState, deposits: readonly DepositProperties[], drawn: DepositFilters = state.filters): Record<string, Map<string, FeatureFlags>> {
  const ringed = [state.selection, ...(state.highlights ?? [])];
  const ids = (kind: Selection['kind']) => new Set(ringed.filter((s) => s?.kind === kind).map((s) => s!.id));
  const test = (f: DepositFilters) => (Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v)) ? (p: DepositProperties) => matchesFilters(p, f) : null);
  const flags = featureFlags(deposits, test(state.filters), drawn === state.filters ? null : test(drawn), ids('deposit'));
  // 'hidden' goes to the filtered symbols' source, 'pending' and 'highlighted' to the marks source.
  const only = (keys: Array<keyof FeatureFlags>) => {
    const out = new Map<string, FeatureFlags>();
    for (const [id, f] of flags) if (keys.some((k) => f[k])) out.set(id, Object.fromEntries(keys.filter((k) => f[k]).map((k) => [k, true])));
    return out;
  };
  return {
    [DEPOSIT_SOURCE]: only(['hidden']),
    [DEPOSIT_MARKS_SOURCE]: only(['pending', 'highlighted']),
    [NODE_SOURCE]: featureFlags([], null, null, ids('facility')),
    [CORRIDOR_SOURCE]: featureFlags([], null, null, ids('corridor')),
  };
}

export { GROUP_LAYERS };

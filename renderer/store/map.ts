// Map slice: filters, layer visibility, partner lens, selection and view. Session state only, no domain data.
import type { StateCreator } from 'zustand';
import type { CommodityGroup, Confidence, DepositStatus } from '../../shared/pack';
import type { AppState } from './index';

export interface DepositFilters {
  /** Commodity groups; a deposit matches when its primary group or any commodity's group is listed. Empty = all. */
  commodities: CommodityGroup[];
  statuses: DepositStatus[];
  aimags: string[];
  /** Partner country codes; a deposit matches when any listed partner is involved. */
  partners: string[];
  strategicOnly: boolean;
  confidence: Confidence[];
}

export const EMPTY_FILTERS: DepositFilters = {
  commodities: [], statuses: [], aimags: [], partners: [], strategicOnly: false, confidence: [],
};

export const MAP_LAYERS = ['deposits', 'corridors', 'nodes', 'partners', 'aimags'] as const;
export type MapLayerId = (typeof MAP_LAYERS)[number];
export type LayerVisibility = Record<MapLayerId, boolean>;
export const DEFAULT_LAYERS: LayerVisibility = { deposits: true, corridors: true, nodes: true, partners: true, aimags: true };

export type SelectionKind = 'deposit' | 'corridor' | 'facility';
export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** Centre, zoom: what a bookmark restores. */
export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface MapSlice {
  filters: DepositFilters;
  layers: LayerVisibility;
  /** Partner whose involvement is highlighted ("KR"), or null. */
  lens: string | null;
  selection: Selection | null;
  /** Further features ringed beside the selection (shift/⌘-click on the map); a slide captures them all. */
  highlights: Selection[];
  view: MapView | null;
  setFilters: (patch: Partial<DepositFilters>) => void;
  toggleFilterValue: <K extends 'commodities' | 'statuses' | 'aimags' | 'partners' | 'confidence'>(key: K, value: DepositFilters[K][number]) => void;
  clearFilters: () => void;
  setLayerVisible: (layer: MapLayerId, visible: boolean) => void;
  setLens: (code: string | null) => void;
  /** Selects one feature; the other highlights go. */
  select: (selection: Selection | null) => void;
  /** Adds a feature to the highlighted ones (selection first), or takes it out if it is there. */
  toggleHighlight: (feature: Selection) => void;
  setView: (view: MapView | null) => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  layers: DEFAULT_LAYERS,
  lens: null,
  selection: null,
  highlights: [],
  view: null,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleFilterValue: (key, value) =>
    set((s) => {
      const list = s.filters[key] as readonly string[];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  setLayerVisible: (layer, visible) => set((s) => ({ layers: { ...s.layers, [layer]: visible } })),
  setLens: (lens) => set({ lens }),
  select: (selection) => set({ selection, highlights: [] }),
  toggleHighlight: (feature) => set((s) => toggledHighlight(s, feature)),
  setView: (view) => set({ view }),
});

const same = (a: Selection, b: Selection) => a.kind === b.kind && a.id === b.id;

/** Selection and highlights after a shift-click on `feature`: the selection stays first, the rest keep their order. */
export function toggledHighlight(s: Pick<MapSlice, 'selection' | 'highlights'>, feature: Selection): Pick<MapSlice, 'selection' | 'highlights'> {
  const all = [...(s.selection ? [s.selection] : []), ...s.highlights.filter((h) => !s.selection || !same(h, s.selection))];
  const next = all.some((h) => same(h, feature)) ? all.filter((h) => !same(h, feature)) : [...all, feature];
  return { selection: next[0] ?? null, highlights: next.slice(1) };
}

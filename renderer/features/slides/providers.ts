// Registers the map slice's layers, filters, partner lens and selection as parts of a slide's view,
// and translates a slide's view back into those map-slice values (for the live map and for exports).
import { registerViewStateProvider, type MapViewState } from '../../map/view-state';
import { useAppStore } from '../../store';
import { DEFAULT_LAYERS, EMPTY_FILTERS, MAP_LAYERS, type DepositFilters, type LayerVisibility, type MapLayerId, type Selection } from '../../store/map';

const isLayer = (id: string): id is MapLayerId => (MAP_LAYERS as readonly string[]).includes(id);

export const layersFromView = (visible: MapViewState['layers']): LayerVisibility =>
  visible === null ? DEFAULT_LAYERS : (Object.fromEntries(MAP_LAYERS.map((l) => [l, visible.filter(isLayer).includes(l)])) as LayerVisibility);

export const filtersFromView = (filters: MapViewState['filters']): DepositFilters => ({ ...EMPTY_FILTERS, ...(filters as Partial<DepositFilters>) });

/** A slide's highlighted features the map can ring: the first as the selection, every other one as a highlight. */
export function highlightsFromView(highlighted: MapViewState['highlighted']): { selection: Selection | null; highlights: Selection[] } {
  const drawn = highlighted
    .filter((f) => f.kind === 'deposit' || f.kind === 'corridor' || f.kind === 'facility')
    .map((f) => ({ kind: f.kind as Selection['kind'], id: f.id }));
  return { selection: drawn[0] ?? null, highlights: drawn.slice(1) };
}

/** The map-slice values a slide's view stands for. */
export function mapSliceFromView(view: MapViewState) {
  return { layers: layersFromView(view.layers), filters: filtersFromView(view.filters), lens: view.partnerLens, ...highlightsFromView(view.highlighted) };
}

/** Call once per window (main app and audience view). Returns a function that unregisters everything. */
export function installSlideViewProviders(): () => void {
  const store = useAppStore;
  const off = [
    registerViewStateProvider('layers', {
      capture: () => MAP_LAYERS.filter((l) => store.getState().layers[l]),
      apply: (visible) => store.setState({ layers: layersFromView(visible) }),
    }),
    registerViewStateProvider('filters', {
      capture: () => ({ ...store.getState().filters }),
      apply: (filters) => store.setState({ filters: filtersFromView(filters) }),
    }),
    registerViewStateProvider('partnerLens', {
      capture: () => store.getState().lens,
      apply: (lens) => store.setState({ lens }),
    }),
    registerViewStateProvider('highlighted', {
      capture: () => {
        const { selection, highlights } = store.getState();
        return [...(selection ? [selection] : []), ...highlights].map((s) => ({ kind: s.kind, id: s.id }));
      },
      apply: (highlighted) => store.setState(highlightsFromView(highlighted)),
    }),
  ];
  return () => off.forEach((f) => f());
}

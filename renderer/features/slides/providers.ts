// Registers the map slice's layers, filters, partner lens and selection as parts of a slide's view,
// and translates a slide's view back into those map-slice values (for the live map and for exports).
import { registerViewStateProvider, type MapViewState } from '../../map/view-state';
import { useAppStore } from '../../store';
import { DEFAULT_LAYERS, EMPTY_FILTERS, MAP_LAYERS, type DepositFilters, type LayerVisibility, type MapLayerId, type Selection } from '../../store/map';

const isLayer = (id: string): id is MapLayerId => (MAP_LAYERS as readonly string[]).includes(id);

export const layersFromView = (visible: MapViewState['layers']): LayerVisibility =>
  visible === null ? DEFAULT_LAYERS : (Object.fromEntries(MAP_LAYERS.map((l) => [l, visible.filter(isLayer).includes(l)])) as LayerVisibility);

export const filtersFromView = (filters: MapViewState['filters']): DepositFilters => ({ ...EMPTY_FILTERS, ...(filters as Partial<DepositFilters>) });

export function selectionFromView(highlighted: MapViewState['highlighted']): Selection | null {
  const first = highlighted.find((f) => f.kind === 'deposit' || f.kind === 'corridor' || f.kind === 'facility');
  return first ? { kind: first.kind as Selection['kind'], id: first.id } : null;
}

/** The map-slice values a slide's view stands for. */
export function mapSliceFromView(view: MapViewState) {
  return { layers: layersFromView(view.layers), filters: filtersFromView(view.filters), lens: view.partnerLens, selection: selectionFromView(view.highlighted) };
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
        const s = store.getState().selection;
        return s ? [{ kind: s.kind, id: s.id }] : [];
      },
      apply: (highlighted) => store.setState({ selection: selectionFromView(highlighted) }),
    }),
  ];
  return () => off.forEach((f) => f());
}

// Registers the map slice's layers, filters, partner lens and selection as parts of a slide's view.
import { registerViewStateProvider } from '../../map/view-state';
import { useAppStore } from '../../store';
import { DEFAULT_LAYERS, EMPTY_FILTERS, MAP_LAYERS, type DepositFilters, type MapLayerId } from '../../store/map';

const isLayer = (id: string): id is MapLayerId => (MAP_LAYERS as readonly string[]).includes(id);

/** Call once per window (main app and audience view). Returns a function that unregisters everything. */
export function installSlideViewProviders(): () => void {
  const store = useAppStore;
  const off = [
    registerViewStateProvider('layers', {
      capture: () => MAP_LAYERS.filter((l) => store.getState().layers[l]),
      apply: (visible) => {
        const layers = visible === null ? DEFAULT_LAYERS : Object.fromEntries(MAP_LAYERS.map((l) => [l, visible.filter(isLayer).includes(l)]));
        store.setState({ layers: layers as typeof DEFAULT_LAYERS });
      },
    }),
    registerViewStateProvider('filters', {
      capture: () => ({ ...store.getState().filters }),
      apply: (filters) => store.setState({ filters: { ...EMPTY_FILTERS, ...(filters as Partial<DepositFilters>) } }),
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
      apply: (highlighted) => {
        const first = highlighted.find((f) => f.kind === 'deposit' || f.kind === 'corridor' || f.kind === 'facility');
        store.setState({ selection: first ? { kind: first.kind as 'deposit' | 'corridor' | 'facility', id: first.id } : null });
      },
    }),
  ];
  return () => off.forEach((f) => f());
}

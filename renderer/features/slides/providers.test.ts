import { describe, expect, it } from 'vitest';
import { mapSliceFromView } from './providers';
import type { MapViewState } from '../../map/view-state';

const view: MapViewState = {
  camera: { center: [105, 46], zoom: 5, bearing: 0, pitch: 0 },
  theme: 'light', layers: null, filters: {}, partnerLens: null, drawingLayers: [],
  highlighted: [
    { kind: 'deposit', id: 'oyu-tolgoi' }, { kind: 'country', id: 'KR' }, { kind: 'corridor', id: 'rail-1' }, { kind: 'deposit', id: 'tavan-tolgoi' },
  ],
};

describe('a slide\'s highlighted features on the map', () => {
  it('rings every feature the map can draw: the first as the selection, the rest as highlights', () => {
    const slice = mapSliceFromView(view);
    expect(slice.selection).toEqual({ kind: 'deposit', id: 'oyu-tolgoi' });
    expect(slice.highlights).toEqual([{ kind: 'corridor', id: 'rail-1' }, { kind: 'deposit', id: 'tavan-tolgoi' }]);
  });

  it('rings nothing for a slide without highlights', () => {
    expect(mapSliceFromView({ ...view, highlighted: [] })).toMatchObject({ selection: null, highlights: [] });
  });
});

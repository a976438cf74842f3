// Several highlighted features on one slide: added once each, removable, and every one's sources cited.
import { describe, expect, it } from 'vitest';
import { collectSources } from './footnotes';
import { addHighlight, isHighlighted, removeHighlight } from './highlights';
import type { MapViewState } from './model';

const view: MapViewState = {
  camera: { center: [105, 46], zoom: 5, bearing: 0, pitch: 0 },
  theme: 'light', layers: null, filters: {}, partnerLens: null, highlighted: [], drawingLayers: [],
};
const oyu = { kind: 'deposit' as const, id: 'oyu-tolgoi' };
const rail = { kind: 'corridor' as const, id: 'trans-mongolian' };

describe('highlighting several features on a slide', () => {
  it('adds each feature once, in the order chosen, and removes one without touching the others', () => {
    const both = addHighlight(addHighlight(addHighlight(view, oyu), rail), oyu);
    expect(both.highlighted).toEqual([oyu, rail]);
    expect(isHighlighted(both, rail)).toBe(true);
    expect(removeHighlight(both, oyu).highlighted).toEqual([rail]);
  });

  it('collects footnotes from every highlighted feature, each source once', () => {
    const both = addHighlight(addHighlight(view, oyu), rail);
    const byFeature = new Map([['deposit:oyu-tolgoi', ['s-ot', 's-shared']], ['corridor:trans-mongolian', ['s-shared', 's-rail']]]);
    const sources = new Map(['s-ot', 's-shared', 's-rail'].map((id) => [id, { id, kind: 'report', title: id, publisher: 'P' } as never]));
    expect(collectSources(both.highlighted, byFeature, sources).map((s) => s.id)).toEqual(['s-ot', 's-shared', 's-rail']);
  });
});

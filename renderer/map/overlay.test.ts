import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { DEFAULT_LAYERS, EMPTY_FILTERS } from '../store/map';
import { bundledPack } from './testing/bundled-pack';
import { atlasStyle, overlayLayers, type OverlayState } from './overlay';

const pack = bundledPack();
const base: OverlayState = { theme: 'light', language: 'en', filters: EMPTY_FILTERS, lens: null, selection: null, layers: DEFAULT_LAYERS };

describe('the whole atlas style', () => {
  it.each([
    ['light, English', base],
    ['dark, Korean, Korea lens, filtered', { ...base, theme: 'dark', language: 'ko', lens: 'KR', filters: { ...EMPTY_FILTERS, commodities: ['coal'], strategicOnly: true } }],
    ['Mongolian, selection, layers hidden', { ...base, language: 'mn', selection: { kind: 'deposit', id: 'oyu-tolgoi' }, layers: { ...DEFAULT_LAYERS, aimags: false, corridors: false } }],
  ] as Array<[string, OverlayState]>)('is a valid MapLibre style (%s)', (_label, state) => {
    const style = atlasStyle(state, pack);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('stays valid with ten thousand deposits (density layer at low zoom)', () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({ ...pack.deposits[0], id: `d-${i}` }));
    const style = atlasStyle(base, { ...pack, deposits: many });
    expect(style.layers.some((l) => l.type === 'heatmap')).toBe(true);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('draws corridors under nodes under deposits, and hides toggled-off layers', () => {
    const ids = overlayLayers(base, 10).map((l) => l.id);
    expect(ids.indexOf('corridor-line-operating')).toBeLessThan(ids.indexOf('node-points'));
    expect(ids.indexOf('node-points')).toBeLessThan(ids.indexOf('deposit-points'));
    const hidden = overlayLayers({ ...base, layers: { ...DEFAULT_LAYERS, deposits: false } }, 10).find((l) => l.id === 'deposit-points');
    expect(hidden?.layout).toMatchObject({ visibility: 'none' });
  });
});

import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { DEFAULT_LAYERS, EMPTY_FILTERS } from '../store/map';
import { bundledPack } from './testing/bundled-pack';
import { atlasStyle, overlayFlags, overlayLayers, thematicSources, type OverlayState } from './overlay';
import { depositFeatures, matchesFilters } from './layers/deposits';

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

  it('hides through feature state exactly the deposits the filters reject, and rings the selection and every highlight', () => {
    const props = depositFeatures(pack.deposits).features.map((f) => f.properties);
    const filters = { ...EMPTY_FILTERS, commodities: ['coal' as const] };
    const corridor = pack.corridors[0].id;
    const flags = overlayFlags({ ...base, filters, selection: { kind: 'deposit', id: 'oyu-tolgoi' }, highlights: [{ kind: 'deposit', id: props[1].id }, { kind: 'corridor', id: corridor }] }, props);
    const hidden = [...flags.deposits].filter(([, f]) => f.hidden).map(([id]) => id).sort();
    expect([...flags.deposits.values()].every((f) => !f.highlighted && !f.pending)).toBe(true);
    expect(hidden).toEqual(props.filter((p) => !matchesFilters(p, filters)).map((p) => p.id).sort());
    expect(hidden.length).toBeGreaterThan(0);
    expect([...flags['deposit-marks']].filter(([, f]) => f.highlighted).map(([id]) => id).sort()).toEqual(['oyu-tolgoi', props[1].id].sort());
    expect([...flags.corridors.keys()]).toEqual([corridor]);
    expect(overlayFlags(base, props).deposits.size).toBe(0);
  });

  it('marks as pending the deposits the filters let through that the drawn tiles were cut without', () => {
    const props = depositFeatures(pack.deposits).features.map((f) => f.properties);
    const coal = { ...EMPTY_FILTERS, commodities: ['coal' as const] };
    const flags = overlayFlags(base, props, coal)['deposit-marks'];
    const pending = [...flags].filter(([, f]) => f.pending).map(([id]) => id).sort();
    expect(pending).toEqual(props.filter((p) => !matchesFilters(p, coal)).map((p) => p.id).sort());
    expect([...flags.values()].some((f) => f.hidden)).toBe(false);
  });

  it('keys every thematic source by the pack id, which feature state needs', () => {
    for (const spec of Object.values(thematicSources(pack))) expect(spec).toMatchObject({ promoteId: 'id' });
  });
});

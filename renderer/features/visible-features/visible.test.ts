import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../map/testing/bundled-pack';
import { filterDeposits } from '../../map/layers/deposits';
import { EMPTY_FILTERS } from '../../store/map';
import { visibleFeatures, type ViewBounds, type VisibleInput } from './visible';

const pack = bundledPack();
const ALL_LAYERS = { deposits: true, nodes: true, corridors: true };
const input = (patch: Partial<VisibleInput> = {}): VisibleInput => ({
  deposits: pack.deposits, facilities: pack.facilities, corridors: pack.corridors, layers: ALL_LAYERS, ...patch,
});
const keys = (bounds: ViewBounds, patch?: Partial<VisibleInput>, language = 'en') =>
  visibleFeatures(input(patch), bounds, language).map((f) => `${f.kind}:${f.id}`);

/** Around Oyu Tolgoi, in the South Gobi. */
const SOUTH_GOBI: ViewBounds = [[105.5, 42.5], [108, 43.5]];
/** The whole of Mongolia and its neighbours. */
const REGION: ViewBounds = [[85, 35], [125, 55]];

describe('features visible on the map', () => {
  it('lists what is inside the view and nothing outside it', () => {
    const here = keys(SOUTH_GOBI);
    expect(here).toContain('deposit:oyu-tolgoi');
    expect(here).not.toContain('deposit:erdenet');
    expect(keys([[103.5, 48.5], [104.5, 49.5]])).toContain('deposit:erdenet');
  });

  it('changes when the view moves or zooms', () => {
    const wide = keys(REGION);
    const narrow = keys(SOUTH_GOBI);
    expect(narrow.length).toBeLessThan(wide.length);
    expect(wide).toEqual(expect.arrayContaining(narrow));
  });

  it('includes a corridor that only passes through the view, with no vertex inside it', () => {
    // The Oyu Tolgoi–Gashuunsukhait road runs from (106.86, 43.00) to (106.92, 42.42); this view cuts its middle.
    const cut: ViewBounds = [[106.7, 42.6], [107.1, 42.8]];
    const found = visibleFeatures(input(), cut, 'en').find((f) => f.id === 'ot-gashuunsukhait-road');
    expect(found?.kind).toBe('corridor');
    expect(found!.lonLat[1]).toBeGreaterThan(42.4);
    expect(found!.lonLat[1]).toBeLessThan(43.1);
  });

  it('follows the filters and the layer toggles', () => {
    const coal = filterDeposits(pack.deposits, { ...EMPTY_FILTERS, commodities: ['coal'] });
    const filtered = visibleFeatures(input({ deposits: coal }), REGION, 'en').filter((f) => f.kind === 'deposit');
    expect(filtered.length).toBe(coal.length);
    expect(filtered.length).toBeLessThan(pack.deposits.length);
    expect(keys(REGION, { layers: { ...ALL_LAYERS, corridors: false } }).some((k) => k.startsWith('corridor:'))).toBe(false);
    expect(keys(REGION, { layers: { ...ALL_LAYERS, deposits: false } }).some((k) => k.startsWith('deposit:'))).toBe(false);
  });

  it('leaves out mine sites that sit under their deposit, as the map does', () => {
    const onCorridor = new Set(pack.corridors.flatMap((c) => c.nodeIds));
    const hidden = pack.facilities.find((f) => f.kind === 'mine-site' && !onCorridor.has(f.id));
    if (hidden) expect(keys(REGION)).not.toContain(`facility:${hidden.id}`);
    expect(keys(REGION).some((k) => k.startsWith('facility:'))).toBe(true);
  });

  it('puts deposits first, then nodes, then corridors, each by name in the reading language', () => {
    const list = visibleFeatures(input(), REGION, 'ko');
    const order = list.map((f) => f.kind);
    expect(order.indexOf('facility')).toBeGreaterThan(order.lastIndexOf('deposit'));
    expect(order.indexOf('corridor')).toBeGreaterThan(order.lastIndexOf('facility'));
    const deposits = list.filter((f) => f.kind === 'deposit').map((f) => f.name.ko ?? f.name.en);
    expect(deposits).toEqual([...deposits].sort(new Intl.Collator('ko').compare));
  });
});

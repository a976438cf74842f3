import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMMODITY_GROUPS, DEPOSIT_STATUSES } from '../../../shared/pack';
import { MAP_LAYERS, type LayerVisibility } from '../../store/map';
import { decodeHash, DEFAULT_HASH_STATE, encodeHash, type HashState } from './hash';

describe('view hash', () => {
  it('is empty for the default view and decodes back to it', () => {
    expect(encodeHash(DEFAULT_HASH_STATE)).toBe('');
    expect(decodeHash('')).toEqual(DEFAULT_HASH_STATE);
  });

  it('round-trips filters, lens, hidden layers, selection and camera', () => {
    const state = fc.record<HashState>({
      filters: fc.record({
        commodities: fc.subarray([...COMMODITY_GROUPS]),
        statuses: fc.subarray([...DEPOSIT_STATUSES]),
        aimags: fc.subarray(['omnogovi', 'dornogovi', 'ulaanbaatar']),
        partners: fc.subarray(['KR', 'JP', 'EU']),
        strategicOnly: fc.boolean(),
        confidence: fc.subarray(['high', 'medium', 'low'] as const),
      }),
      lens: fc.constantFrom(null, 'KR', 'CN'),
      layers: fc.record(Object.fromEntries(MAP_LAYERS.map((l) => [l, fc.boolean()]))) as fc.Arbitrary<LayerVisibility>,
      selection: fc.constantFrom(null, { kind: 'deposit' as const, id: 'oyu-tolgoi' }, { kind: 'corridor' as const, id: 'tt-gashuunsukhait-railway' }),
      view: fc.option(fc.record({ center: fc.tuple(fc.integer({ min: -1800, max: 1800 }).map((n) => n / 10), fc.integer({ min: -800, max: 800 }).map((n) => n / 10)), zoom: fc.integer({ min: 0, max: 2000 }).map((n) => n / 100) }), { nil: null }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeHash(encodeHash(s))).toEqual(s);
      }),
    );
  });

  it('drops malformed or hostile parts instead of trusting them', () => {
    const s = decodeHash('#v=999,0,3&c=ree,<script>&s=nope&p=kr,KR&lens=Korea&sel=deposit:../etc&hide=deposits,bogus');
    expect(s.view).toBeNull();
    expect(s.filters.commodities).toEqual(['ree']);
    expect(s.filters.statuses).toEqual([]);
    expect(s.filters.partners).toEqual(['KR']);
    expect(s.lens).toBeNull();
    expect(s.selection).toBeNull();
    expect(s.layers.deposits).toBe(false);
    expect(s.layers.corridors).toBe(true);
  });
});

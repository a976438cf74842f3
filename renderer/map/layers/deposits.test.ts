import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { COMMODITY_GROUPS, DEPOSIT_STATUSES } from '../../../shared/pack';
import { EMPTY_FILTERS, type DepositFilters } from '../../store/map';
import { bundledPack } from '../testing/bundled-pack';
import { paintValue } from '../testing/paint';
import {
  DENSITY_THRESHOLD, depositFeatures, depositFilter, depositLayers, matchesFilters, partnerInvolvement, DEPOSIT_LAYER, DEPOSIT_REVEAL_LAYER,
} from './deposits';

const pack = bundledPack();
const involvement = partnerInvolvement(pack.deposits, pack.countries, pack.events);
const features = depositFeatures(pack.deposits, involvement).features;
const options = { theme: 'light' as const, filters: EMPTY_FILTERS, lens: null, count: features.length, language: 'en' as const };

/** Runs a filter expression the way MapLibre does, feature by feature. */
function drawnIds(filter: FilterSpecification) {
  const f = featureFilter(filter, 'filter');
  return features.filter((ft) => f.filter({ zoom: 6 }, { type: 1, properties: ft.properties } as never)).map((ft) => ft.properties.id);
}

describe('deposit features', () => {
  it('turns every deposit into a point at its location with its commodity group', () => {
    expect(features).toHaveLength(pack.deposits.length);
    const ot = features.find((f) => f.properties.id === 'oyu-tolgoi')!;
    expect(ot.geometry.coordinates).toEqual([106.8583, 43.0028]);
    expect(ot.properties).toMatchObject({ group: 'cu-au', status: 'producing', aimag: 'omnogovi', strategic: 'yes', mn: 'Оюу толгой', ko: '오유톨고이' });
  });

  it('maps free-text aimags like "Ulaanbaatar (Baganuur district)" onto the aimag list', () => {
    expect(features.find((f) => f.properties.id === 'baganuur')?.properties.aimag).toBe('ulaanbaatar');
    expect(features.filter((f) => !f.properties.aimag).map((f) => f.properties.id)).toEqual([]);
  });

  it('counts partner involvement from stakes, engagements and events', () => {
    const involved = (code: string) => features.filter((f) => f.properties.partners.includes(`|${code}|`)).map((f) => f.properties.id);
    const staked = (code: string) => pack.deposits.filter((d) => d.partnerCountries.includes(code)).map((d) => d.id);
    for (const code of ['KR', 'CN', 'EU', 'RU']) expect(involved(code)).toEqual(expect.arrayContaining(staked(code)));
    // China's events name Tavan Tolgoi, where China holds no stake.
    expect(involved('CN')).toContain('tavan-tolgoi');
    expect(staked('CN')).not.toContain('tavan-tolgoi');
  });
});

describe('deposit filters', () => {
  it('draws everything with no filter, and only strategic deposits with "strategic only"', () => {
    expect(drawnIds(depositFilter(EMPTY_FILTERS))).toHaveLength(pack.deposits.length);
    const strategic = drawnIds(depositFilter({ ...EMPTY_FILTERS, strategicOnly: true }));
    expect(strategic).toEqual(pack.deposits.filter((d) => d.strategic === 'yes').map((d) => d.id));
    expect(strategic.length).toBeLessThan(pack.deposits.length);
  });

  it('matches a deposit under any of its commodities: Oyu Tolgoi (Cu, Au, Ag, Mo) is also W/Mo/Sn', () => {
    expect(drawnIds(depositFilter({ ...EMPTY_FILTERS, commodities: ['w-mo-sn'] }))).toContain('oyu-tolgoi');
    expect(drawnIds(depositFilter({ ...EMPTY_FILTERS, commodities: ['coal'] }))).not.toContain('oyu-tolgoi');
  });

  it('agrees with the plain-code predicate for any combination of filters', () => {
    const aimags = [...new Set(features.map((f) => f.properties.aimag))];
    const filters = fc.record<DepositFilters>({
      commodities: fc.subarray([...COMMODITY_GROUPS]),
      statuses: fc.subarray([...DEPOSIT_STATUSES]),
      aimags: fc.subarray(aimags),
      partners: fc.subarray(['KR', 'JP', 'US', 'EU', 'CN', 'RU']),
      strategicOnly: fc.boolean(),
      confidence: fc.subarray(['high', 'medium', 'low'] as const),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const expected = features.filter((ft) => matchesFilters(ft.properties, f)).map((ft) => ft.properties.id);
        expect(drawnIds(depositFilter(f))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('deposit layers', () => {
  it('colours by commodity group and outlines strategic deposits', () => {
    const points = depositLayers(options).find((l) => l.id === DEPOSIT_LAYER)!;
    expect(points.type).toBe('circle');
    expect(JSON.stringify(points.paint)).toContain('"cu-au"');
    expect(JSON.stringify((points.paint as Record<string, unknown>)['circle-stroke-width'])).toContain('strategic');
  });

  it('fades deposits without the lens partner when a lens is on', () => {
    const plain = depositLayers(options).find((l) => l.id === DEPOSIT_LAYER)!;
    const lensed = depositLayers({ ...options, lens: 'KR' }).find((l) => l.id === DEPOSIT_LAYER)!;
    expect(JSON.stringify(plain.paint)).not.toContain('|KR|');
    expect(JSON.stringify(lensed.paint)).toContain('|KR|');
  });

  it('shows density instead of dots at low zoom only for large datasets', () => {
    expect(depositLayers(options).some((l) => l.type === 'heatmap')).toBe(false);
    const big = depositLayers({ ...options, count: DENSITY_THRESHOLD + 1 });
    expect(big.find((l) => l.type === 'heatmap')?.maxzoom).toBeGreaterThan(0);
    expect(big.find((l) => l.id === DEPOSIT_LAYER)?.minzoom).toBeGreaterThan(0);
  });

  it('labels in the chosen language', () => {
    const layers = depositLayers({ ...options, language: 'ko' });
    expect(layers.find((l) => l.id === 'deposit-labels')?.layout).toMatchObject({ 'text-field': ['get', 'ko'] });
  });

  it('rings every highlighted deposit, wider than its symbol, and no other', () => {
    const layers = depositLayers(options);
    const ring = layers.find((l) => l.id === 'deposit-selected');
    const ot = features.find((f) => f.properties.id === 'oyu-tolgoi')!.properties;
    const symbol = paintValue(layers.find((l) => l.id === DEPOSIT_LAYER), 'circle-radius', ot) as number;
    expect(paintValue(ring, 'circle-radius', ot, { highlighted: true })).toBeGreaterThan(symbol);
    expect(paintValue(ring, 'circle-stroke-width', ot, { highlighted: true })).toBeGreaterThan(0);
    expect(paintValue(ring, 'circle-radius', ot, {})).toBe(0);
    expect(paintValue(ring, 'circle-stroke-width', ot, { highlighted: false })).toBe(0);
  });

  it('draws a deposit a filter change lets through at once, the same as the symbols, until the re-tiled symbols hold it', () => {
    const filters = { ...EMPTY_FILTERS, commodities: ['coal' as const] };
    const layers = depositLayers({ ...options, filters });
    const reveal = layers.find((l) => l.id === DEPOSIT_REVEAL_LAYER) as LayerSpecification & { filter?: unknown };
    const points = layers.find((l) => l.id === DEPOSIT_LAYER);
    expect(reveal.filter).toBeUndefined();
    const p = features.find((f) => f.properties.group !== 'coal')!.properties;
    for (const property of ['circle-radius', 'circle-color', 'circle-stroke-width', 'circle-opacity']) {
      expect(paintValue(reveal, property, p, { pending: true }), property).toEqual(paintValue(points, property, p, {}));
    }
    expect(paintValue(reveal, 'circle-radius', p, {})).toBe(0);
    expect(layers.map((l) => l.id).indexOf(DEPOSIT_REVEAL_LAYER)).toBeLessThan(layers.map((l) => l.id).indexOf(DEPOSIT_LAYER));
  });

  it('draws nothing for a deposit a filter change has hidden: no symbol, ring, code, label or density', () => {
    const layers = [...depositLayers({ ...options, count: DENSITY_THRESHOLD + 1 }), ...depositLayers(options)];
    const p = features[0].properties;
    const at = (id: string, property: string, state: Record<string, unknown>) => paintValue(layers.find((l) => l.id === id), property, p, state);
    const drawnParts: Array<[string, string]> = [
      [DEPOSIT_LAYER, 'circle-radius'], [DEPOSIT_LAYER, 'circle-stroke-width'], ['deposit-uncertain', 'circle-radius'],
      ['deposit-codes', 'text-opacity'], ['deposit-labels', 'text-opacity'], ['deposit-density', 'heatmap-weight'],
    ];
    for (const [id, property] of drawnParts) {
      expect(at(id, property, {}), `${id} ${property}`).toBeGreaterThan(0);
      expect(at(id, property, { hidden: true }), `${id} ${property}`).toBe(0);
    }
  });
});

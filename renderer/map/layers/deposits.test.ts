import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { COMMODITY_GROUPS, DEPOSIT_STATUSES } from '../../../shared/pack';
import { EMPTY_FILTERS, type DepositFilters } from '../../store/map';
import { bundledPack } from '../testing/bundled-pack';
import {
  DENSITY_THRESHOLD, depositFeatures, depositFilter, depositLayers, matchesFilters, partnerInvolvement, DEPOSIT_LAYER,
} from './deposits';

const pack = bundledPack();
const involvement = partnerInvolvement(pack.deposits, pack.countries, pack.events);
const features = depositFeatures(pack.deposits, involvement).features;
const options = { theme: 'light' as const, filters: EMPTY_FILTERS, lens: null, selectedId: null, count: features.length, language: 'en' as const };

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

  it('labels in the chosen language and marks the selected deposit', () => {
    const layers = depositLayers({ ...options, language: 'ko', selectedId: 'oyu-tolgoi' });
    expect(layers.find((l) => l.id === 'deposit-labels')?.layout).toMatchObject({ 'text-field': ['get', 'ko'] });
    expect((layers.find((l) => l.id === 'deposit-selected') as { filter?: unknown }).filter).toEqual(['==', ['get', 'id'], 'oyu-tolgoi']);
  });
});

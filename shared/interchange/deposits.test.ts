import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { tinyBody } from '../pack/test-pack.test-support';
import type { Deposit } from '../pack';
import { depositsToCsv, depositsToGeoJson } from './deposits';

const [base] = tinyBody().deposits as Deposit[];

describe('deposit export', () => {
  it('writes GeoJSON points with names in every language and flat properties', () => {
    const d: Deposit = { ...base, name: { en: 'Oyu Tolgoi', mn: 'Оюу толгой', ko: '오유 톨고이' } };
    const fc = depositsToGeoJson([d], 'ko', 'Copper deposits');
    expect(fc.name).toBe('Copper deposits');
    expect(fc.features[0].geometry.coordinates).toEqual([d.location.lon, d.location.lat]);
    expect(fc.features[0].properties).toMatchObject({ id: d.id, name: '오유 톨고이', name_mn: 'Оюу толгой', commodities: d.commodities.join('; ') });
  });

  it('writes CSV that reads back to the same rows and never starts a cell with a live formula', () => {
    const evil: Deposit = { ...base, id: 'evil', name: { en: '=HYPERLINK("http://x","click")', mn: 'Тавантолгой, "хойд"' } };
    const csv = depositsToCsv([base, evil], 'mn');
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[1].name).toBe('Тавантолгой, "хойд"');
    expect(parsed.data[1].name_en.startsWith('=')).toBe(false);
    expect(Number(parsed.data[0].lat)).toBe(base.location.lat);
  });
});

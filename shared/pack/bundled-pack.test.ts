// The bundled pack: valid, signed by the pinned release key, complete, and geographically honest.
import { describe, expect, it } from 'vitest';
import bundled from '../../assets/packs/mongolia-critical-minerals.pack.json';
import { haversineKm } from './geo';
import { verifyPack } from './integrity';
import type { Corridor, Pack, Position } from './schema/pack';
import { TRUSTED_KEYS } from './trusted-keys';
import { validatePack } from './validate';
import { countryAt, isLand, samplePoints } from './world-shapes.test-support';

const result = validatePack(bundled);
if (!result.ok) throw new Error(`bundled pack invalid: ${JSON.stringify(result.problems.slice(0, 5))}`);
const pack: Pack = result.pack;
const facility = new Map(pack.facilities.map((f) => [f.id, f]));
const at = (id: string): Position => [facility.get(id)!.location.lon, facility.get(id)!.location.lat];

/** Splits a corridor line into legs at its nodes, with each leg's mode. */
function legs(c: Corridor): Array<{ from: string; to: string; mode: string; line: Position[] }> {
  const out = [];
  let start = 0;
  for (let k = 1; k < c.nodeIds.length; k++) {
    const end = c.geometry.findIndex((p, i) => i > start && haversineKm(p, at(c.nodeIds[k])) < 2);
    out.push({ from: c.nodeIds[k - 1], to: c.nodeIds[k], mode: c.legModes?.[k - 1] ?? c.mode, line: c.geometry.slice(start, end + 1) });
    start = end;
  }
  return out;
}

describe('bundled pack', () => {
  it('verifies against the pinned release key', async () => {
    expect(await verifyPack(pack, TRUSTED_KEYS)).toMatchObject({ status: 'verified', keyId: 'ed25519-5c6a722e40f05138' });
  });

  it('holds every reference row: 49 deposits (19 low), 60 nodes + the rare-metals centre, 29 corridors, 18 estimates, 8 countries', () => {
    expect(pack.deposits).toHaveLength(49);
    expect(pack.deposits.filter((d) => d.confidence === 'low')).toHaveLength(19);
    expect(pack.facilities).toHaveLength(61);
    expect(pack.corridors).toHaveLength(29);
    expect(pack.deposits.flatMap((d) => d.estimates)).toHaveLength(18);
    expect(pack.countries.map((c) => c.code).sort()).toEqual(['CN', 'EU', 'JP', 'KR', 'KZ', 'MN', 'RU', 'US']);
    expect(pack.deposits.filter((d) => d.name.ko)).toHaveLength(49);
    expect(pack.deposits.filter((d) => !d.name.mn).map((d) => d.id)).toEqual(['yugodzyr']);
  });

  it('cites at least one source for every deposit, estimate and corridor', () => {
    for (const e of [...pack.deposits, ...pack.deposits.flatMap((d) => d.estimates), ...pack.corridors]) expect(e.sourceIds.length).toBeGreaterThan(0);
  });

  it("places every deposit inside Mongolia's bounding box", () => {
    for (const d of pack.deposits) {
      expect(d.location.lat, d.id).toBeGreaterThanOrEqual(41.5);
      expect(d.location.lat, d.id).toBeLessThanOrEqual(52.2);
      expect(d.location.lon, d.id).toBeGreaterThanOrEqual(87.7);
      expect(d.location.lon, d.id).toBeLessThanOrEqual(119.95);
    }
  });

  it('starts and ends every corridor line exactly at its first and last node', () => {
    for (const c of pack.corridors) {
      expect(c.geometry[0], c.id).toEqual(at(c.nodeIds[0]));
      expect(c.geometry[c.geometry.length - 1], c.id).toEqual(at(c.nodeIds[c.nodeIds.length - 1]));
    }
  });

  it('keeps sea legs at sea (beyond 30 km of the ports)', () => {
    const seaLegs = pack.corridors.flatMap(legs).filter((l) => l.mode === 'sea');
    expect(seaLegs.length).toBe(8);
    for (const leg of seaLegs) {
      const onLand = samplePoints(leg.line, 5, haversineKm).filter((p) => haversineKm(p, at(leg.from)) > 30 && haversineKm(p, at(leg.to)) > 30 && isLand(p));
      expect(onLand, `${leg.from}>${leg.to}`).toEqual([]);
    }
  });

  it('keeps rail and road legs inside their listed transit countries', () => {
    for (const c of pack.corridors) {
      for (const leg of legs(c).filter((l) => l.mode === 'rail' || l.mode === 'road')) {
        const outside = samplePoints(leg.line, 5, haversineKm)
          .filter((p) => haversineKm(p, at(leg.from)) > 30 && haversineKm(p, at(leg.to)) > 30)
          .map((p) => countryAt(p))
          .filter((code) => code !== null && !c.transitCountries.includes(code));
        expect(outside, `${c.id}: ${leg.from}>${leg.to}`).toEqual([]);
      }
    }
  });

  it('reaches Kazakhstan from Mongolia only through China or Russia', () => {
    for (const c of pack.corridors) {
      for (const leg of legs(c)) {
        const pair = [facility.get(leg.from)!.country, facility.get(leg.to)!.country].sort().join('-');
        expect(pair, c.id).not.toBe('KZ-MN');
      }
    }
    expect(pack.corridors.find((c) => c.id === 'middle-corridor-westbound')?.transitCountries.slice(0, 3)).toEqual(['MN', 'CN', 'KZ']);
  });

  it('flies from the new Chinggis Khaan airport, not the old one', () => {
    const air = pack.corridors.filter((c) => c.mode === 'air');
    expect(air.map((c) => c.nodeIds[0])).toEqual(['ubn', 'ubn']);
    expect(pack.corridors.some((c) => c.nodeIds.includes('uln-old'))).toBe(false);
  });

  it('dates and cites the events from the articles', () => {
    const byId = new Map(pack.events.map((e) => [e.id, e]));
    const expected: Record<string, string> = {
      'seoul-forum-2025-09-22': '2025-09-22', 'erdenes-mongol-mous-2025-09-22': '2025-09-22', 'cn-export-controls-2025-04': '2025-04',
      'us-dod-mp-materials-2025-07': '2025-07', 'kr-vice-fm-visit-2023-07': '2023-07', 'kr-mn-ministerial-2025-03-12': '2025-03-12',
      'mram-bgr-study-2023': '2023', 'kr-mn-rare-metals-centre-opens': '2025-12-12', 'cn-ree-curbs-on-japan': '2010',
      'kr-mn-rare-metals-committee': '2023',
    };
    for (const [id, date] of Object.entries(expected)) expect(byId.get(id)?.date, id).toBe(date);
    const articles = new Set(pack.sources.filter((s) => s.kind === 'article' && s.id.startsWith('art-')).map((s) => s.id));
    expect(articles.size).toBe(5);
    for (const id of Object.keys(expected)) expect(byId.get(id)!.sourceIds.some((s) => articles.has(s)), id).toBe(true);
  });

  it('carries the key indicators with units', () => {
    const ind = new Map(pack.indicators.map((i) => [i.id, i]));
    expect(ind.get('cn-share-ree-extraction')).toMatchObject({ value: 61, unit: '%' });
    expect(ind.get('cn-share-ree-refining')).toMatchObject({ value: 92, unit: '%' });
    expect(ind.get('cn-magnet-exports-2025-08')).toMatchObject({ value: 6146, unit: 't', period: '2025-08' });
    expect(ind.get('cn-magnet-exports-2025-08')?.breakdown?.map((b) => [b.key, b.value])).toEqual([['EU', 2582], ['US', 590]]);
    expect(ind.get('kr-oda-to-mongolia')).toMatchObject({ value: 53, period: '2018', periodEnd: '2024' });
    expect(ind.get('mn-mining-share-of-gdp')).toMatchObject({ value: 25 });
  });

  it('keeps tonnage, grade and contained metal apart, exactly as the reference gives them', () => {
    const ot = pack.deposits.find((d) => d.id === 'oyu-tolgoi')!.estimates[0];
    expect(ot).toMatchObject({ code: 'other', tonnage: { value: 3755, unit: 'Mt' }, grade: { value: 0.98, unit: '% Cu' }, contained: { value: 37, unit: 'Mt Cu' }, asOf: '2010' });
    const zo = pack.deposits.find((d) => d.id === 'zuuvch-ovoo')!.estimates[0];
    expect(zo).toMatchObject({ code: 'Mongolian state register', contained: { value: 93921, unit: 't U' } });
    expect(zo.tonnage).toBeUndefined();
  });
});

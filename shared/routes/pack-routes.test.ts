// Routes on the bundled pack, checked by hand against the map: Tavan Tolgoi reaches Korea through Zamyn-Üüd and
// Tianjin, or through Sükhbaatar and Vladivostok when Zamyn-Üüd is closed.
import { describe, expect, it } from 'vitest';
import bundled from '../../assets/packs/mongolia-critical-minerals.pack.json';
import { validatePack } from '../pack';
import { createAnalyser, DEFAULT_SCENARIO, type FoundRoute, type RouteOutcome, type Scenario } from './index';

const parsed = validatePack(bundled);
if (!parsed.ok) throw new Error('the bundled pack does not validate');
const pack = parsed.pack;
const analyser = createAnalyser(pack);
const byDistance: Scenario = { ...DEFAULT_SCENARIO, objective: 'distance' };

function found(r: RouteOutcome): FoundRoute {
  if (!r.reachable) throw new Error(`no route for ${r.depositId} → ${r.partner}: ${JSON.stringify(r)}`);
  return r;
}
const stops = (r: FoundRoute) => [r.legs[0].from, ...r.legs.map((l) => l.to)];

describe('routes on the bundled pack', () => {
  it('takes Tavan Tolgoi coal to Korea by the new railway, Zamyn-Üüd, Erenhot and the port of Tianjin', () => {
    const r = found(analyser.route('tavan-tolgoi', 'KR', byDistance));
    const path = stops(r);
    for (const stop of ['tavan-tolgoi-station', 'zuunbayan', 'sainshand', 'zamyn-uud', 'erenhot', 'tianjin-port']) expect(path).toContain(stop);
    expect(['busan-port', 'incheon-port']).toContain(r.destinationId);
    expect(r.exitId).toBe('zamyn-uud');
    // By hand: ~2,450 km of which the Chinese rail leg (~1,030 km) is about two fifths.
    expect(r.km).toBeGreaterThan(2_000);
    expect(r.km).toBeLessThan(3_000);
    expect(r.shares.distance.CN).toBeGreaterThan(0.3);
    expect(r.shares.distance.RU ?? 0).toBe(0);
  });

  it('with Zamyn-Üüd closed, goes north through Sükhbaatar, the Trans-Siberian and Vladivostok to Busan', () => {
    const r = found(analyser.route('tavan-tolgoi', 'KR', { ...byDistance, closedNodeIds: ['zamyn-uud'] }));
    const path = stops(r);
    for (const stop of ['sainshand', 'sukhbaatar', 'naushki', 'ulan-ude', 'khabarovsk']) expect(path).toContain(stop);
    expect(path.some((s) => s.startsWith('ulaanbaatar'))).toBe(true);
    expect(path.some((s) => s === 'vladivostok' || s === 'vostochny')).toBe(true);
    expect(r.destinationId).toBe('busan-port');
    expect(r.exitId).toBe('sukhbaatar');
    expect(r.shares.distance.RU).toBeGreaterThan(0.5);
    expect(r.shares.distance.CN ?? 0).toBe(0);
  });

  it('lists both ways out as alternatives', () => {
    const exits = analyser.alternatives('tavan-tolgoi', 'KR', byDistance).map((r) => r.exitId);
    expect(exits.slice(0, 2)).toEqual(['zamyn-uud', 'sukhbaatar']);
  });

  it('avoiding China and Russia, only air freight of high-value products reaches Korea, via Chinggis Khaan airport', () => {
    const result = analyser.analyse({ ...DEFAULT_SCENARIO, avoidCountries: ['CN', 'RU'] });
    const outcomes = [...result.routes.KR.values()];
    const through = outcomes.filter((r): r is FoundRoute => r.reachable);
    expect(through.length).toBeGreaterThan(0);
    for (const r of through) {
      expect(r.usesAir).toBe(true);
      expect(r.exitId).toBe('ubn');
      expect(analyser.airEligible(r.depositId)).toBe(true);
    }
    const coal = result.routes.KR.get('tavan-tolgoi');
    expect(coal).toMatchObject({ reachable: false, airWouldHelp: true });
    if (coal && !coal.reachable) {
      expect(coal.blockers).toEqual(expect.arrayContaining([{ kind: 'avoid-country', country: 'CN' }, { kind: 'avoid-country', country: 'RU' }]));
    }
    const kr = result.summaries.find((s) => s.partner === 'KR');
    expect(kr?.reachable).toBe(through.length);
  });

  it('counts, per partner, deposits reachable without China, without Russia and without either', () => {
    const { summaries } = analyser.analyse(DEFAULT_SCENARIO);
    const kr = summaries.find((s) => s.partner === 'KR');
    expect(kr?.total).toBe(pack.deposits.length);
    expect(kr?.withoutEither).toBeLessThan(kr?.withoutChina ?? 0);
    expect(kr?.withoutEither).toBe(analyser.analyse({ ...DEFAULT_SCENARIO, avoidCountries: ['CN', 'RU'] }).summaries[0].reachable);
    expect(summaries.find((s) => s.partner === 'CN')?.withoutChina).toBeNull();
  });

  it('takes Dornod uranium to Korea by the Choibalsan line and the Borzya–Chita link, all operating', () => {
    const r = found(analyser.route('dornod-mardai', 'KR', DEFAULT_SCENARIO));
    const path = stops(r);
    for (const stop of ['choibalsan', 'ereentsav', 'borzya', 'chita']) expect(path).toContain(stop);
    expect(r.legs.every((l) => l.status === 'operating')).toBe(true);
  });
});

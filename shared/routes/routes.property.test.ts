// Properties that hold on any network: checked on random ones, with a plain Bellman–Ford as the distance oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corridor, Deposit, Facility } from '../pack';
import { createAnalyser, DEFAULT_SCENARIO, DESTINATION_PARTNERS, partnerOfCountry, type Network, type Scenario } from './index';

const COUNTRIES = ['MN', 'MN', 'MN', 'CN', 'RU', 'KR', 'JP'];
const KINDS: Facility['kind'][] = ['rail-station', 'border-crossing', 'port', 'airport'];
const MODES: Corridor['mode'][] = ['rail', 'road', 'sea', 'air'];

const randomNetwork = fc
  .record({
    facilities: fc.array(fc.record({ country: fc.constantFrom(...COUNTRIES), kind: fc.constantFrom(...KINDS), lon: fc.integer({ min: 0, max: 40 }), lat: fc.integer({ min: 0, max: 20 }) }), { minLength: 3, maxLength: 9 }),
    corridors: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), mode: fc.constantFrom(...MODES), km: fc.integer({ min: 50, max: 3000 }), planned: fc.boolean() }), { minLength: 2, maxLength: 14 }),
    deposits: fc.array(fc.record({ lon: fc.integer({ min: 0, max: 40 }), lat: fc.integer({ min: 0, max: 20 }), gold: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ facilities, corridors, deposits }) => {
    // Spread points 1.5° apart so the transfer rule joins only what the generator meant to join.
    const fs: Facility[] = facilities.map((f, i) => ({
      id: `f${i}`, kind: f.kind, country: f.country, name: { en: `f${i}` },
      location: { lon: 60 + f.lon * 1.5 + i * 0.01, lat: 20 + f.lat * 1.5, precisionKm: 1, confidence: 'high' }, sourceIds: ['s'],
    }));
    const pos = (f: Facility): [number, number] => [f.location.lon, f.location.lat];
    const cs: Corridor[] = corridors
      .map((c, i) => ({ ...c, i, a: c.a % fs.length, b: c.b % fs.length }))
      .filter((c) => c.a !== c.b)
      .map((c) => ({
        id: `c${c.i}`, name: { en: `c${c.i}` }, mode: c.mode, status: c.planned ? 'planned' : 'operating', nodeIds: [fs[c.a].id, fs[c.b].id],
        geometry: [pos(fs[c.a]), pos(fs[c.b])], transitCountries: [fs[c.a].country], lengthKm: c.km, confidence: 'high', sourceIds: ['s'],
      }));
    const ds: Deposit[] = deposits.map((d, i) => ({
      id: `d${i}`, name: { en: `d${i}` }, location: { lon: 60 + d.lon * 1.5 + 0.3, lat: 20 + d.lat * 1.5 + 0.3, precisionKm: 1, confidence: 'high' },
      aimag: 'A', commodities: [d.gold ? 'Au' : 'Cu'], depositType: 't', status: 'producing', owners: [], partnerCountries: [],
      strategic: 'no', estimates: [], confidence: 'high', sourceIds: ['s'],
    }));
    return { facilities: fs, corridors: cs, deposits: ds };
  });

const randomScenario = fc.record({
  closed: fc.array(fc.nat({ max: 8 }), { maxLength: 2 }),
  avoid: fc.subarray(['CN', 'RU']),
  allowAir: fc.boolean(),
  includePlanned: fc.boolean(),
});

/** Shortest distance from a deposit to any destination of the partner: Bellman–Ford over the allowed edges. */
function oracleKm(net: Network, depositId: string, partner: string, s: Scenario, air: boolean): number {
  const allowedNode = (i: number) => {
    const n = net.nodes[i];
    const avoided = s.avoidCountries.includes(n.country) && partnerOfCountry(n.country) !== partner;
    return !s.closedNodeIds.includes(n.id) && !avoided;
  };
  const dist = net.nodes.map(() => Infinity);
  const start = net.nodeIndex.get(depositId) as number;
  dist[start] = 0;
  for (let round = 0; round < net.nodes.length; round++) {
    for (const e of net.edges) {
      if (!s.includePlanned && e.status !== 'operating') continue;
      if (e.mode === 'air' && !(air && s.allowAir)) continue;
      if (!allowedNode(e.a) || !allowedNode(e.b)) continue;
      for (const [u, v] of [[e.a, e.b], [e.b, e.a]]) {
        if (net.nodes[u].kind === 'deposit' && u !== start) continue; // deposits are end points
        if (dist[u] + e.km < dist[v]) dist[v] = dist[u] + e.km;
      }
    }
  }
  const isDestination = (i: number) => {
    const n = net.nodes[i];
    const p = n.kind === 'deposit' ? null : partnerOfCountry(n.country);
    return p === partner && (p === 'CN' || p === 'RU' || n.detail === 'port' || n.detail === 'airport');
  };
  return Math.min(...net.nodes.filter((n) => isDestination(n.index) && allowedNode(n.index)).map((n) => dist[n.index]));
}

describe('route search on random networks', () => {
  it('finds the shortest distance Bellman–Ford finds, and a connected route that honours the scenario', () => {
    fc.assert(
      fc.property(randomNetwork, randomScenario, (input, r) => {
        const analyser = createAnalyser(input);
        const s: Scenario = {
          ...DEFAULT_SCENARIO, objective: 'distance', closedNodeIds: r.closed.map((i) => `f${i}`), avoidCountries: r.avoid,
          allowAir: r.allowAir, includePlanned: r.includePlanned,
        };
        const result = analyser.analyse(s);
        for (const partner of DESTINATION_PARTNERS) {
          for (const d of input.deposits) {
            const route = result.routes[partner].get(d.id);
            const expected = oracleKm(analyser.network, d.id, partner, s, analyser.airEligible(d.id));
            if (!route?.reachable) {
              expect(expected).toBe(Infinity);
              continue;
            }
            expect(route.km).toBeCloseTo(expected, 6);
            expect(route.legs[0].from).toBe(d.id);
            route.legs.slice(1).forEach((leg, i) => expect(leg.from).toBe(route.legs[i].to));
            for (const leg of route.legs.slice(0, -1)) {
              const n = analyser.network.nodes[analyser.network.nodeIndex.get(leg.to) as number];
              expect(s.closedNodeIds).not.toContain(n.id);
              if (partnerOfCountry(n.country) !== partner) expect(s.avoidCountries).not.toContain(n.country);
            }
            const shares = Object.values(route.shares.distance).reduce((a, b) => a + b, 0);
            expect(shares).toBeCloseTo(1, 9);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never does better, and never reaches more, when a constraint is added', () => {
    fc.assert(
      fc.property(randomNetwork, fc.constantFrom<Scenario['objective']>('distance', 'time', 'cost'), fc.constantFrom('CN', 'RU'), (input, objective, country) => {
        const analyser = createAnalyser(input);
        const loose: Scenario = { ...DEFAULT_SCENARIO, objective, includePlanned: true };
        const tight: Scenario = { ...loose, avoidCountries: [country] };
        const [a, b] = [analyser.analyse(loose), analyser.analyse(tight)];
        const measure = { distance: 'km', time: 'hours', cost: 'usdPerTonne' } as const;
        for (const partner of DESTINATION_PARTNERS) {
          for (const d of input.deposits) {
            const before = a.routes[partner].get(d.id);
            const after = b.routes[partner].get(d.id);
            if (after?.reachable) {
              expect(before?.reachable).toBe(true);
              if (before?.reachable) expect(after[measure[objective]]).toBeGreaterThanOrEqual(before[measure[objective]] - 1e-9);
            }
          }
          const [sa, sb] = [a.summaries, b.summaries].map((x) => x.find((y) => y.partner === partner));
          expect(sb!.reachable).toBeLessThanOrEqual(sa!.reachable);
        }
      }),
      { numRuns: 100 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { haversineKm } from '../pack';
import {
  BORDER_CROSSING, DEFAULT_SCENARIO, MODE_ASSUMPTIONS, ROAD_DETOUR_FACTOR, TRANSSHIPMENT, buildNetwork, createAnalyser,
  splitAtNodes, type FoundRoute, type RouteOutcome, type Scenario,
} from './index';
import { SMALL_NETWORK } from './fixtures/small-network';

const analyser = createAnalyser(SMALL_NETWORK);
const distance: Scenario = { ...DEFAULT_SCENARIO, objective: 'distance' };
const coalAccessKm = Math.round(haversineKm([100.2, 45], [100.5, 45]) * ROAD_DETOUR_FACTOR * 10) / 10;

function found(r: RouteOutcome): FoundRoute {
  if (!r.reachable) throw new Error(`expected a route for ${r.depositId} → ${r.partner}`);
  return r;
}
const stops = (r: FoundRoute) => [r.legs[0].from, ...r.legs.map((l) => l.to)];

describe('network building', () => {
  const network = buildNetwork(SMALL_NETWORK);

  it('turns each corridor leg into an edge of the corridor’s length and mode', () => {
    const sea = network.edges.find((e) => e.corridorId === 'd-e-sea');
    expect(sea).toMatchObject({ mode: 'sea', km: 800, regions: [['sea', 1]] });
    expect(sea?.hours).toBeCloseTo(800 / MODE_ASSUMPTIONS.sea.kmPerHour);
  });

  it('puts a leg from a border post into the other country, and splits station-to-station legs', () => {
    expect(network.edges.find((e) => e.corridorId === 'b-c-rail')?.regions).toEqual([['CN', 1]]);
    expect(network.edges.find((e) => e.corridorId === 'a-f-rail')?.regions).toEqual([['MN', 0.5], ['RU', 0.5]]);
  });

  it('connects each deposit by road to its nearest network point, with the trucked distance', () => {
    const coal = network.nodeIndex.get('dep-coal') as number;
    const access = network.adjacency[coal].map((e) => network.edges[e]);
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ kind: 'access', mode: 'road', km: coalAccessKm });
  });

  it('shares a corridor’s length between legs in proportion to the drawn line', () => {
    const line: [number, number][] = [[0, 0], [1, 0], [2, 0], [3, 0]];
    const pieces = splitAtNodes(line, [[0, 0], [2.001, 0], [3, 0]]);
    expect(pieces).toEqual([[[0, 0], [1, 0], [2, 0]], [[2, 0], [3, 0]]]);
  });
});

describe('route search', () => {
  it('finds the shortest route to Korea through China, with its distance', () => {
    const r = found(analyser.route('dep-coal', 'KR', distance));
    expect(stops(r)).toEqual(['dep-coal', 'a-station', 'b-border', 'c-station', 'd-port', 'e-port']);
    expect(r.km).toBeCloseTo(coalAccessKm + 300 + 10 + 900 + 800, 5);
    expect(r.exitId).toBe('b-border');
    expect(r.accessKm).toBeCloseTo(coalAccessKm, 5);
  });

  it('adds handling at each change of mode and waiting at each border to the time', () => {
    const r = found(analyser.route('dep-coal', 'KR', distance));
    const moving = coalAccessKm / MODE_ASSUMPTIONS.road.kmPerHour + 1210 / MODE_ASSUMPTIONS.rail.kmPerHour + 800 / MODE_ASSUMPTIONS.sea.kmPerHour;
    expect(r.hours).toBeCloseTo(moving + 2 * TRANSSHIPMENT.hours + 2 * BORDER_CROSSING.hours, 5);
  });

  it('re-routes through Russia when the border crossing closes', () => {
    const r = found(analyser.route('dep-coal', 'KR', { ...distance, closedNodeIds: ['b-border'] }));
    expect(stops(r)).toEqual(['dep-coal', 'a-station', 'f-station', 'g-port', 'e-port']);
    expect(r.km).toBeCloseTo(coalAccessKm + 3600, 5);
  });

  it('re-routes when a corridor closes, and uses a proposed line only when planned lines are included', () => {
    expect(stops(found(analyser.route('dep-coal', 'KR', { ...distance, closedCorridorIds: ['c-d-rail'] })))).toContain('f-station');
    const planned = found(analyser.route('dep-coal', 'KR', { ...distance, includePlanned: true }));
    expect(stops(planned)).toEqual(['dep-coal', 'a-station', 'd-port', 'e-port']);
  });

  it('flies gold when time matters and ships it when cost matters; coal never flies', () => {
    expect(found(analyser.route('dep-gold', 'KR', { ...DEFAULT_SCENARIO, objective: 'time' })).usesAir).toBe(true);
    expect(found(analyser.route('dep-gold', 'KR', { ...DEFAULT_SCENARIO, objective: 'cost' })).usesAir).toBe(false);
    expect(found(analyser.route('dep-coal', 'KR', { ...DEFAULT_SCENARIO, objective: 'time' })).usesAir).toBe(false);
  });

  it('computes transit shares of distance by country', () => {
    const r = found(analyser.route('dep-coal', 'KR', distance));
    expect(r.shares.distance.CN).toBeCloseTo(910 / r.km, 6);
    expect(r.shares.distance.sea).toBeCloseTo(800 / r.km, 6);
    expect(r.shares.distance.RU).toBeUndefined();
    const sum = Object.values(r.shares.distance).reduce((s, x) => s + x, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(Object.values(r.shares.time).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
  });

  it('treats the destination country as allowed even when avoided', () => {
    const r = found(analyser.route('dep-coal', 'CN', { ...distance, avoidCountries: ['CN'] }));
    expect(r.destinationId).toBe('c-station');
  });
});

describe('scenario constraints and reasons', () => {
  const avoidBoth: Scenario = { ...distance, avoidCountries: ['CN', 'RU'] };

  it('with China and Russia avoided, only air freight of gold reaches Korea', () => {
    const gold = found(analyser.route('dep-gold', 'KR', avoidBoth));
    expect(stops(gold)).toEqual(['dep-gold', 'a-station', 'h-airport', 'i-airport']);
    const coal = analyser.route('dep-coal', 'KR', avoidBoth);
    expect(coal).toMatchObject({ reachable: false, noConnection: false, combined: false, airWouldHelp: true });
    if (coal.reachable) return;
    expect(coal.blockers).toEqual([{ kind: 'avoid-country', country: 'CN' }, { kind: 'avoid-country', country: 'RU' }]);
  });

  it('names disallowed air freight as a blocker for gold', () => {
    const gold = analyser.route('dep-gold', 'KR', { ...avoidBoth, allowAir: false });
    expect(gold.reachable).toBe(false);
    if (gold.reachable) return;
    expect(gold.blockers).toContainEqual({ kind: 'no-air' });
    expect(gold.airWouldHelp).toBe(false);
  });

  it('says when only lifting several constraints together would help', () => {
    // Each way out is cut twice: China (border post and the sea leg), Russia (station and port).
    const cut: Scenario = { ...distance, closedNodeIds: ['b-border', 'f-station', 'g-port'], closedCorridorIds: ['d-e-sea'] };
    const r = analyser.route('dep-coal', 'KR', cut);
    expect(r).toMatchObject({ reachable: false, combined: true, blockers: [] });
  });

  it('summarises per partner how many deposits get through without China, Russia or either', () => {
    const { summaries } = analyser.analyse(distance);
    expect(summaries.find((s) => s.partner === 'KR')).toEqual({
      partner: 'KR', total: 2, reachable: 2, withoutChina: 2, withoutRussia: 2, withoutEither: 1,
    });
    expect(summaries.find((s) => s.partner === 'CN')).toMatchObject({ withoutChina: null, withoutEither: null, withoutRussia: 2 });
    expect(summaries.find((s) => s.partner === 'JP')).toMatchObject({ reachable: 0 });
  });

  it('gives alternatives leaving Mongolia by different exits', () => {
    const alts = analyser.alternatives('dep-coal', 'KR', distance);
    expect(alts.map((a) => a.exitId)).toEqual(['b-border', 'a-station']);
    expect(alts[1].km).toBeGreaterThan(alts[0].km);
  });
});

// Route analysis for a scenario: every deposit's best route to every partner, transit shares through China,
// Russia and Kazakhstan, why a deposit cannot get through, and per-partner summaries.
import type { LocalizedName, Position } from '../pack';
import { AIR_ELIGIBLE_COMMODITIES, DESTINATION_PARTNERS, partnerOfCountry, type DestinationPartner, type LegMode } from './assumptions';
import { buildNetwork, type EdgeKind, type Network, type NetworkEdge, type NetworkInput, type Region } from './network';
import { pathFrom, pathTotals, reachable, searchFrom, type SearchFilter, type SearchTree } from './search';
import { activeConstraints, liftConstraint, openScenario, type Constraint, type Scenario } from './scenario';

export interface RouteLeg {
  from: string;
  to: string;
  fromName: LocalizedName;
  toName: LocalizedName;
  mode: LegMode;
  kind: EdgeKind;
  km: number;
  hours: number;
  usdPerTonne: number;
  corridorId?: string;
  status: NetworkEdge['status'];
  /** The region holding most of the leg: a country code, 'sea' or 'air'. */
  region: Region;
  crossesBorder: boolean;
  geometry: Position[];
  confidence: NetworkEdge['confidence'];
}

/** Fractions (0–1) of a route's distance and time in each region. */
export interface TransitShares {
  distance: Record<Region, number>;
  time: Record<Region, number>;
}

export interface FoundRoute {
  reachable: true;
  depositId: string;
  partner: DestinationPartner;
  legs: RouteLeg[];
  km: number;
  hours: number;
  usdPerTonne: number;
  /** Trucked distance from the deposit to the network. */
  accessKm: number;
  usesAir: boolean;
  /** Last Mongolian point before the route leaves the country (a border crossing, a station or an airport). */
  exitId: string | null;
  exitName: LocalizedName | null;
  destinationId: string;
  shares: TransitShares;
}

export interface BlockedRoute {
  reachable: false;
  depositId: string;
  partner: DestinationPartner;
  /** No route even with every constraint lifted: the network does not connect them. */
  noConnection: boolean;
  /** Constraints each of which, lifted alone, would open a route. Empty with `combined` when only lifting several helps. */
  blockers: Constraint[];
  combined: boolean;
  /** Air freight would get through, but the product is not a high-value refined one. */
  airWouldHelp: boolean;
}

export type RouteOutcome = FoundRoute | BlockedRoute;

export interface PartnerSummary {
  partner: DestinationPartner;
  total: number;
  reachable: number;
  /** Deposits with a route avoiding China / Russia / both (under the scenario); null where meaningless. */
  withoutChina: number | null;
  withoutRussia: number | null;
  withoutEither: number | null;
}

export interface ScenarioAnalysis {
  scenario: Scenario;
  routes: Record<DestinationPartner, Map<string, RouteOutcome>>;
  summaries: PartnerSummary[];
}

export interface Analyser {
  network: Network;
  destinations: Record<DestinationPartner, number[]>;
  airEligible: (depositId: string) => boolean;
  analyse: (scenario: Scenario) => ScenarioAnalysis;
  route: (depositId: string, partner: DestinationPartner, scenario: Scenario) => RouteOutcome;
  /** The best route and up to `count - 1` others, each leaving Mongolia by a different exit. */
  alternatives: (depositId: string, partner: DestinationPartner, scenario: Scenario, count?: number) => FoundRoute[];
}

const scenarioKey = (s: Scenario, air: boolean) =>
  JSON.stringify([s.objective, [...s.closedNodeIds].sort(), [...s.closedCorridorIds].sort(), [...s.avoidCountries].sort(), s.allowAir && air, s.includePlanned]);

export function createAnalyser(input: NetworkInput): Analyser {
  const network = buildNetwork(input);
  const { nodes, nodeIndex } = network;
  const eligible = new Set(
    input.deposits.filter((d) => AIR_ELIGIBLE_COMMODITIES.has(d.commodities[0])).map((d) => d.id),
  );
  const destinations = Object.fromEntries(DESTINATION_PARTNERS.map((p) => [p, [] as number[]])) as Record<DestinationPartner, number[]>;
  for (const node of nodes) {
    const partner = node.kind === 'deposit' ? null : partnerOfCountry(node.country);
    // China and Russia are markets at their border; overseas partners need a port or airport.
    if (partner && (partner === 'CN' || partner === 'RU' || node.detail === 'port' || node.detail === 'airport')) {
      destinations[partner].push(node.index);
    }
  }

  function filterFor(s: Scenario, partner: DestinationPartner, air: boolean): SearchFilter {
    const closedNodes = new Set(s.closedNodeIds);
    const closedCorridors = new Set(s.closedCorridorIds);
    const avoid = new Set(s.avoidCountries.filter((c) => partnerOfCountry(c) !== partner));
    const nodeOk = Uint8Array.from(nodes, (n) => (closedNodes.has(n.id) || avoid.has(n.country) ? 0 : 1));
    return {
      nodeAllowed: (n) => nodeOk[n] === 1,
      edgeAllowed: (e) =>
        (s.includePlanned || e.status === 'operating') &&
        !(e.corridorId !== undefined && closedCorridors.has(e.corridorId)) &&
        (e.mode !== 'air' || (air && s.allowAir)),
    };
  }

  /** Trees are cached per call: one per (scenario, partner, air) combination actually asked for. */
  function treeCache() {
    const cache = new Map<string, SearchTree>();
    return (s: Scenario, partner: DestinationPartner, air: boolean) => {
      const key = `${partner}|${scenarioKey(s, air)}`;
      let tree = cache.get(key);
      if (!tree) {
        tree = searchFrom(network, destinations[partner], s.objective, filterFor(s, partner, air));
        cache.set(key, tree);
      }
      return tree;
    };
  }
  type Trees = ReturnType<typeof treeCache>;

  const treeFor = (trees: Trees, s: Scenario, partner: DestinationPartner, depositId: string) =>
    trees(s, partner, eligible.has(depositId));

  function toRoute(tree: SearchTree, depositId: string, partner: DestinationPartner): FoundRoute {
    const path = pathFrom(tree, nodeIndex.get(depositId) as number);
    const totals = pathTotals(network, path);
    const distance: Record<Region, number> = {};
    const time: Record<Region, number> = {};
    const legs: RouteLeg[] = [];
    let at = nodeIndex.get(depositId) as number;
    let exit: number | null = null;
    for (const e of path) {
      const edge = network.edges[e];
      const to = edge.a === at ? edge.b : edge.a;
      const reversed = edge.a !== at;
      for (const [region, fraction] of edge.regions) {
        distance[region] = (distance[region] ?? 0) + (edge.km * fraction) / (totals.km || 1);
        time[region] = (time[region] ?? 0) + (edge.hours * fraction);
      }
      if (exit === null && nodes[at].country === 'MN' && nodes[to].country !== 'MN') exit = at;
      legs.push({
        from: nodes[at].id, to: nodes[to].id, fromName: nodes[at].name, toName: nodes[to].name, mode: edge.mode,
        kind: edge.kind, km: edge.km, hours: edge.hours, usdPerTonne: edge.usdPerTonne, corridorId: edge.corridorId,
        status: edge.status, region: edge.regions.reduce((a, b) => (b[1] > a[1] ? b : a))[0], crossesBorder: edge.crossesBorder,
        geometry: reversed ? [...edge.geometry].reverse() : edge.geometry, confidence: edge.confidence,
      });
      at = to;
    }
    const movingHours = Object.values(time).reduce((s, x) => s + x, 0) || 1;
    for (const region of Object.keys(time)) time[region] /= movingHours;
    return {
      reachable: true, depositId, partner, legs, ...totals,
      accessKm: legs.filter((l) => l.kind === 'access').reduce((s, l) => s + l.km, 0),
      usesAir: legs.some((l) => l.mode === 'air'),
      exitId: exit === null ? null : nodes[exit].id,
      exitName: exit === null ? null : nodes[exit].name,
      destinationId: nodes[at].id,
      shares: { distance, time },
    };
  }

  function outcome(trees: Trees, s: Scenario, depositId: string, partner: DestinationPartner): RouteOutcome {
    const node = nodeIndex.get(depositId) as number;
    const tree = treeFor(trees, s, partner, depositId);
    if (reachable(tree, node)) return toRoute(tree, depositId, partner);
    const noConnection = !reachable(treeFor(trees, openScenario(s), partner, depositId), node);
    const constraints = noConnection ? [] : activeConstraints(s);
    const blockers = constraints.filter((c) => reachable(treeFor(trees, liftConstraint(s, c), partner, depositId), node));
    const airWouldHelp = !noConnection && !eligible.has(depositId) && s.allowAir && reachable(trees(s, partner, true), node);
    return { reachable: false, depositId, partner, noConnection, blockers, combined: !noConnection && blockers.length === 0, airWouldHelp };
  }

  function countReachable(trees: Trees, s: Scenario, partner: DestinationPartner): number {
    return network.depositIds.filter((id) => reachable(treeFor(trees, s, partner, id), nodeIndex.get(id) as number)).length;
  }

  function analyse(scenario: Scenario): ScenarioAnalysis {
    const trees = treeCache();
    const routes = {} as ScenarioAnalysis['routes'];
    const summaries: PartnerSummary[] = [];
    const plus = (...countries: string[]): Scenario => ({ ...scenario, avoidCountries: [...new Set([...scenario.avoidCountries, ...countries])] });
    for (const partner of DESTINATION_PARTNERS) {
      const byDeposit = new Map<string, RouteOutcome>();
      for (const id of network.depositIds) byDeposit.set(id, outcome(trees, scenario, id, partner));
      routes[partner] = byDeposit;
      const isCN = partner === 'CN';
      const isRU = partner === 'RU';
      summaries.push({
        partner,
        total: network.depositIds.length,
        reachable: [...byDeposit.values()].filter((r) => r.reachable).length,
        withoutChina: isCN ? null : countReachable(trees, plus('CN'), partner),
        withoutRussia: isRU ? null : countReachable(trees, plus('RU'), partner),
        withoutEither: isCN || isRU ? null : countReachable(trees, plus('CN', 'RU'), partner),
      });
    }
    return { scenario, routes, summaries };
  }

  function alternatives(depositId: string, partner: DestinationPartner, scenario: Scenario, count = 3): FoundRoute[] {
    const found: FoundRoute[] = [];
    let s = scenario;
    const trees = treeCache();
    while (found.length < count) {
      const r = outcome(trees, s, depositId, partner);
      if (!r.reachable) break;
      found.push(r);
      if (r.exitId === null) break;
      s = { ...s, closedNodeIds: [...s.closedNodeIds, r.exitId] };
    }
    return found;
  }

  return {
    network,
    destinations,
    airEligible: (id) => eligible.has(id),
    analyse,
    route: (depositId, partner, scenario) => outcome(treeCache(), scenario, depositId, partner),
    alternatives,
  };
}

/**
 * Corridor analysis: a multimodal network built from the pack, best routes from every deposit to every partner,
 * transit shares through China, Russia and Kazakhstan, and "what if" scenarios. Pure TypeScript (no DOM, no Node).
 *
 *   const analyser = createAnalyser({ deposits, facilities, corridors });      // build once per pack
 *   const result = analyser.analyse({ ...DEFAULT_SCENARIO, avoidCountries: ['CN'] });
 *   result.summaries   // [{ partner: 'KR', total: 45, reachable: 40, withoutChina: 38, withoutRussia: …, withoutEither: 0 }, …]
 *   result.routes.KR.get('tavan-tolgoi')  // FoundRoute (legs, km, hours, usdPerTonne, shares) or BlockedRoute (why)
 *   analyser.alternatives('tavan-tolgoi', 'KR', scenario)   // best route, then one per other exit from Mongolia
 *
 * Speeds, costs, handling, access and transfer rules and the assumed gateways are documented assumptions in
 * ./assumptions.ts; the UI must show them as assumptions.
 */
export * from './assumptions';
export { buildNetwork, splitAtNodes, type Network, type NetworkEdge, type NetworkNode, type NetworkInput, type Region, type EdgeKind } from './network';
export { searchFrom, pathFrom, pathTotals, reachable, type SearchFilter, type SearchTree } from './search';
export {
  ScenarioSchema, SavedScenarioSchema, DEFAULT_SCENARIO, OBJECTIVES, activeConstraints, liftConstraint, openScenario,
  type Scenario, type SavedScenario, type Objective, type Constraint,
} from './scenario';
export {
  createAnalyser, type Analyser, type ScenarioAnalysis, type RouteOutcome, type FoundRoute, type BlockedRoute,
  type PartnerSummary, type RouteLeg, type TransitShares,
} from './analysis';

// The chosen deposit's outcome for the chosen partner, its ways out of Mongolia, and which one is shown.
import { useMemo } from 'react';
import type { FoundRoute, RouteOutcome } from '../../../shared/routes';
import { useAppStore } from '../../store';
import type { CorridorAnalysis } from './useCorridorAnalysis';

export interface ShownRoute {
  outcome: RouteOutcome | undefined;
  /** The best route first, then up to two alternatives leaving by other exits. */
  ways: FoundRoute[];
  shown: FoundRoute | undefined;
  shownIndex: number;
}

export function useShownRoute(analysis: CorridorAnalysis | undefined): ShownRoute {
  const partner = useAppStore((s) => s.routePartner);
  const depositId = useAppStore((s) => s.routeDepositId);
  const scenario = useAppStore((s) => s.scenario);
  const index = useAppStore((s) => s.routeAlternative);
  const wantedExit = useAppStore((s) => s.routeExit);
  const outcome = depositId ? analysis?.result.routes[partner].get(depositId) : undefined;
  const ways = useMemo(
    () => (analysis && depositId && outcome?.reachable ? analysis.analyser.alternatives(depositId, partner, scenario, 3) : []),
    [analysis, depositId, partner, scenario, outcome?.reachable],
  );
  const byExit = wantedExit ? ways.findIndex((w) => w.exitId === wantedExit) : -1;
  const shownIndex = byExit >= 0 ? byExit : Math.min(index, Math.max(0, ways.length - 1));
  return { outcome, ways, shown: ways[shownIndex], shownIndex };
}

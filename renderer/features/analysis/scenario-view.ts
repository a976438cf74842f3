// A slide's part of the view that belongs to corridor analysis: the scenario, partner, deposit and the exit of the
// route drawn. Captured when the slide is made from the Routes panel (or while a played scenario slide is on the map);
// applying it draws the same coloured route again, on the live map, the audience window and exports.
import type { AnalysisView } from '../../map/view-state';
import { registerViewStateProvider } from '../../map/view-state';
import { useAppStore, type AppState } from '../../store';
import { ANALYSIS_PANEL } from './constants';

type Slice = Pick<AppState, 'panel' | 'scenarioOnMap' | 'scenario' | 'routePartner' | 'routeDepositId'>;

/** The analysis part of a view, or undefined when no scenario is on the map. */
export function captureAnalysisView(state: Slice, shownExit: string | null): AnalysisView | undefined {
  if (state.panel !== ANALYSIS_PANEL && !state.scenarioOnMap) return undefined;
  return {
    scenario: structuredClone(state.scenario),
    partner: state.routePartner,
    deposit: state.routeDepositId,
    exit: state.routeDepositId ? shownExit : null,
  };
}

/** The store changes that put a slide's scenario on the map (or take a previous slide's scenario off it). */
export function analysisStateFromView(view: AnalysisView | undefined): Partial<AppState> {
  if (!view) return { scenarioOnMap: false };
  return {
    scenario: structuredClone(view.scenario),
    routePartner: view.partner,
    routeDepositId: view.deposit,
    routeAlternative: 0,
    routeExit: view.exit,
    scenarioOnMap: true,
  };
}

/** Registers the provider; `shownExit` reads the exit of the route currently drawn. Returns the unregister function. */
export function installAnalysisViewProvider(shownExit: () => string | null): () => void {
  return registerViewStateProvider('analysis', {
    capture: () => captureAnalysisView(useAppStore.getState(), shownExit()),
    apply: (view) => useAppStore.setState(analysisStateFromView(view)),
  });
}

// The analysis overlay a slide's scenario stands for, computed without the live panel (for exported pictures).
import type { AnalysisOverlay } from '../../map/analysis-layers';
import type { AnalysisView } from '../../map/view-state';
import { analyserFor } from './useCorridorAnalysis';
import { loadPackContent } from './usePackContent';

/** The route (by the slide's exit when it still has one) and the greyed deposits; null when the view has no scenario. */
export async function analysisOverlayForView(view: AnalysisView | undefined): Promise<AnalysisOverlay | null> {
  if (!view) return null;
  const content = await loadPackContent();
  const analyser = analyserFor(content);
  const routes = analyser.analyse(view.scenario).routes[view.partner];
  const ways = view.deposit && routes.get(view.deposit)?.reachable ? analyser.alternatives(view.deposit, view.partner, view.scenario, 3) : [];
  const shown = ways.find((w) => w.exitId === view.exit) ?? ways[0];
  return {
    route: shown?.legs ?? null,
    deposits: content.deposits.map((d) => ({ id: d.id, position: [d.location.lon, d.location.lat], reachable: routes.get(d.id)?.reachable ?? false })),
    highlights: [],
  };
}

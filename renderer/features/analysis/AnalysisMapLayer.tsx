// Keeps the map's analysis overlay in step with the panel: the chosen route, reachable and greyed deposits,
// and the timeline's highlighted deposits. Renders nothing; the map module does the drawing.
import { useEffect, useMemo, useState } from 'react';
import { onActiveMapController, activeMapController } from '../../map/active-map';
import { fitRoute, setAnalysisOverlay, type AnalysisOverlay } from '../../map/analysis-layers';
import type { MapController } from '../../map/MapController';
import { useAppStore } from '../../store';
import { timelineHighlights } from '../timeline';
import { useCorridorAnalysis } from './useCorridorAnalysis';
import { useShownRoute } from './useShownRoute';

export const ANALYSIS_PANEL = 'analysis';

export function AnalysisMapLayer() {
  const [controller, setController] = useState<MapController | null>(activeMapController());
  useEffect(() => {
    setController(activeMapController()); // the map may have been created before this effect subscribed
    return onActiveMapController(setController);
  }, []);
  const analysis = useCorridorAnalysis();
  const panel = useAppStore((s) => s.panel);
  const partner = useAppStore((s) => s.routePartner);
  const date = useAppStore((s) => s.timelineDate);
  const theme = useAppStore((s) => s.theme);
  const { shown } = useShownRoute(analysis);

  const overlay = useMemo((): AnalysisOverlay | null => {
    if (!analysis) return null;
    const highlights = date ? timelineHighlights(analysis.content, date) : [];
    if (panel !== ANALYSIS_PANEL) return highlights.length ? { route: null, deposits: [], highlights } : null;
    const routes = analysis.result.routes[partner];
    return {
      route: shown?.legs ?? null,
      deposits: analysis.content.deposits.map((d) => ({
        id: d.id, position: [d.location.lon, d.location.lat], reachable: routes.get(d.id)?.reachable ?? false,
      })),
      highlights,
    };
  }, [analysis, panel, partner, date, shown]);

  useEffect(() => {
    if (controller) setAnalysisOverlay(controller, overlay, theme);
  }, [controller, overlay, theme]);

  // Frame the route whenever a different route is shown (new deposit, partner or way out).
  const route = overlay?.route ?? null;
  const routeKey = route ? route.map((l) => l.to).join('>') : '';
  useEffect(() => {
    if (controller && route && routeKey) fitRoute(controller, route);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit on a new path only, not on every recomputation
  }, [controller, routeKey]);
  return null;
}

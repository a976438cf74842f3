// Keeps the map's analysis overlay in step with the panel: the chosen route, reachable and greyed deposits (hovering a
// greyed one says why it is blocked), and the timeline's highlighted deposits. Also lets slides capture and restore
// the scenario, so a played scenario slide draws its route again. Renders nothing; the map module does the drawing.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onActiveMapController, activeMapController } from '../../map/active-map';
import { fitRoute, setAnalysisOverlay, type AnalysisOverlay } from '../../map/analysis-layers';
import { setTooltipNote } from '../../map/interaction';
import type { MapController } from '../../map/MapController';
import { useAppStore } from '../../store';
import { timelineHighlights } from '../timeline';
import { blockedReasons } from './blocked-reasons';
import { ANALYSIS_PANEL } from './constants';
import { installAnalysisViewProvider } from './scenario-view';
import { useCorridorAnalysis } from './useCorridorAnalysis';
import { useShownRoute } from './useShownRoute';

export { ANALYSIS_PANEL };

export function AnalysisMapLayer() {
  const { t, i18n } = useTranslation('analysis');
  const [controller, setController] = useState<MapController | null>(activeMapController());
  useEffect(() => {
    setController(activeMapController()); // the map may have been created before this effect subscribed
    return onActiveMapController(setController);
  }, []);
  const analysis = useCorridorAnalysis();
  const panel = useAppStore((s) => s.panel);
  const onMap = useAppStore((s) => s.scenarioOnMap);
  const partner = useAppStore((s) => s.routePartner);
  const date = useAppStore((s) => s.timelineDate);
  const lens = useAppStore((s) => s.lens);
  const theme = useAppStore((s) => s.theme);
  const { shown } = useShownRoute(analysis);
  const showScenario = panel === ANALYSIS_PANEL || onMap;

  // Slides capture and restore the scenario through this provider.
  const shownExit = useRef<string | null>(null);
  shownExit.current = shown?.exitId ?? null;
  useEffect(() => installAnalysisViewProvider(() => shownExit.current), []);

  // A played slide's scenario stays on the map until the user moves to another panel (or plays a slide without one).
  const lastPanel = useRef(panel);
  useEffect(() => {
    if (lastPanel.current !== panel && panel !== 'slides') useAppStore.setState({ scenarioOnMap: false });
    lastPanel.current = panel;
  }, [panel]);

  const overlay = useMemo((): AnalysisOverlay | null => {
    if (!analysis) return null;
    // Event rings follow the partner lens: only deposits named in that partner's events.
    const highlights = date ? timelineHighlights(analysis.content, date, lens) : [];
    if (!showScenario) return highlights.length ? { route: null, deposits: [], highlights } : null;
    const routes = analysis.result.routes[partner];
    return {
      route: shown?.legs ?? null,
      deposits: analysis.content.deposits.map((d) => ({
        id: d.id, position: [d.location.lon, d.location.lat], reachable: routes.get(d.id)?.reachable ?? false,
      })),
      highlights,
    };
  }, [analysis, showScenario, partner, date, lens, shown]);

  useEffect(() => {
    // A map removed while its data was being set has nothing left to draw: nothing to report.
    if (controller) setAnalysisOverlay(controller, overlay, theme).catch(() => undefined);
  }, [controller, overlay, theme]);

  // Hovering a greyed deposit says why it cannot reach the partner, in the panel's words.
  const reasons = useMemo(
    () => (analysis && showScenario ? blockedReasons(t, i18n.language, analysis, partner) : null),
    [analysis, showScenario, partner, t, i18n.language],
  );
  useEffect(() => {
    if (!reasons) return undefined;
    return setTooltipNote((kind, id) => (kind === 'deposit' ? reasons.get(id) : undefined));
  }, [reasons]);

  // Frame the route whenever a different route is shown (new deposit, partner or way out); a slide keeps its own camera.
  const route = overlay?.route ?? null;
  const routeKey = route ? route.map((l) => l.to).join('>') : '';
  useEffect(() => {
    if (controller && route && routeKey && !useAppStore.getState().scenarioOnMap) fitRoute(controller, route);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit on a new path only, not on every recomputation
  }, [controller, routeKey]);
  return null;
}

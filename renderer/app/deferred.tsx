// Start-up order: the atlas map comes first. Everything else is code-split so its libraries (terra-draw,
// KML/XML parsing, Markdown, drag and drop, route analysis) are not downloaded and parsed before the map
// draws, and what the first view does not show waits until the map has drawn once (afterMapFirstIdle).
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { afterMapFirstIdle } from '../map/first-idle';
import { PanelLoading } from './lazy';

// Drawn on the map from the start (user drawings, note badges, route overlays): split out, loaded at once.
export const LazyDrawingMapSync = lazy(() => import('../features/drawing').then((m) => ({ default: m.DrawingMapSync })));
export const LazyAnnotationsMapSync = lazy(() => import('../features/annotations').then((m) => ({ default: m.AnnotationsMapSync })));
export const LazyAnalysisMapLayer = lazy(() => import('../features/analysis').then((m) => ({ default: m.AnalysisMapLayer })));

// Chrome around the map, shown once the map has drawn.
export const LazyTimeline = lazy(() => import('../features/timeline').then((m) => ({ default: m.Timeline })));
export const LazyDrawingToolbar = lazy(() => import('../features/drawing').then((m) => ({ default: m.DrawingToolbar })));
export const LazySyncRoot = lazy(() => import('../features/sync').then((m) => ({ default: m.SyncRoot })));

// Side panel contents: each tab's code is fetched when the tab is first opened.
export const LazyDetailPanel = lazy(() => import('../features/detail').then((m) => ({ default: m.DetailPanel })));
export const LazySelectionNotes = lazy(() => import('../features/annotations').then((m) => ({ default: m.SelectionNotes })));
export const LazyFilterPanel = lazy(() => import('../features/filters').then((m) => ({ default: m.FilterPanel })));
export const LazyAnalysisPanel = lazy(() => import('../features/analysis').then((m) => ({ default: m.AnalysisPanel })));
export const LazySlidesPanel = lazy(() => import('../features/slides').then((m) => ({ default: m.SlidesPanel })));
export const LazyAnnotationsPanel = lazy(() => import('../features/annotations').then((m) => ({ default: m.AnnotationsPanel })));
export const LazyDrawingLayersSection = lazy(() => import('../features/drawing').then((m) => ({ default: m.DrawingLayersSection })));
export const LazySyncPanel = lazy(() => import('../features/sync').then((m) => ({ default: m.SyncPanel })));

/** True once the map has drawn for the first time (or the wait timed out). */
export function useMapHasDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    void afterMapFirstIdle().then(() => live && setDrawn(true));
    return () => {
      live = false;
    };
  }, []);
  return drawn;
}

/** Renders its children once the map has drawn for the first time; nothing before that. */
export function AfterFirstMap({ children }: { children: ReactNode }) {
  const drawn = useMapHasDrawn();
  return drawn ? <Suspense fallback={null}>{children}</Suspense> : null;
}

/** Renders code-split children at once, showing nothing (not even a placeholder) while their code loads. */
export function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

/** A side panel's code-split contents, with the panel's "Opening…" state while they load. */
export function PanelContents({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PanelLoading />}>{children}</Suspense>;
}

// The app frame: header, side panel, full-window map, status bar.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { AtlasArea } from './AtlasArea';
import { AtlasDataProvider } from '../features/deposits';
import { AppHeader } from './AppHeader';
import { SidePanel } from './SidePanel';
import { StatusBar } from './StatusBar';
import { SlideOverlays } from './SlideOverlays';
import { useCurrentPackLabel } from '../features/sync';
import { installFocusRescue } from './focus-rescue';
import {
  AfterFirstMap, Deferred, LazyAnalysisMapLayer, LazyAnnotationsMapSync, LazyDrawingMapSync, LazyDrawingToolbar, LazySyncRoot, LazyTimeline,
} from './deferred';

export function App() {
  const { t } = useTranslation();
  const theme = useAppStore((s) => s.theme);
  const pack = useCurrentPackLabel();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => installFocusRescue(), []);

  return (
    <AtlasDataProvider>
    <div className="app">
      {/* Focus the map without touching the URL hash, which holds the bookmarkable view. */}
      <a
        className="skip-link"
        href="#map"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('map')?.focus();
        }}
      >
        {t('skipToMap')}
      </a>
      <AppHeader />
      <main className="workspace">
        <SidePanel />
        <div className="map-column">
          <AtlasArea />
          <AfterFirstMap>
            <LazyTimeline />
            <LazyDrawingToolbar />
          </AfterFirstMap>
        </div>
        <Deferred>
          <LazyAnalysisMapLayer />
          <LazyAnnotationsMapSync />
          <LazyDrawingMapSync />
        </Deferred>
      </main>
      <StatusBar pack={pack} />
      <AfterFirstMap>
        <SlideOverlays />
        <LazySyncRoot />
      </AfterFirstMap>
    </div>
    </AtlasDataProvider>
  );
}

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
import { AnalysisMapLayer } from '../features/analysis';
import { Timeline } from '../features/timeline';
import { SyncRoot, useCurrentPackLabel } from '../features/sync';
import { AnnotationsMapSync } from '../features/annotations';
import { DrawingMapSync, DrawingToolbar } from '../features/drawing';
import { installFocusRescue } from './focus-rescue';

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
          <Timeline />
          <DrawingToolbar />
        </div>
        <AnalysisMapLayer />
        <AnnotationsMapSync />
        <DrawingMapSync />
      </main>
      <StatusBar pack={pack} />
      <SlideOverlays />
      <SyncRoot />
    </div>
    </AtlasDataProvider>
  );
}

// The map area: mounts one MapController and mirrors its state on the container for tests.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { MapController, type MapState } from './MapController';
import { setActiveMapController } from './active-map';

export function MapView({ onReady }: { onReady?: (controller: MapController) => void }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const theme = useAppStore((s) => s.theme);
  const [state, setState] = useState<MapState>('loading');
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!container.current) return;
    const c = new MapController({
      container: container.current,
      theme: useAppStore.getState().theme,
      onStateChange: (next, message) => {
        setState(next);
        setError(message);
      },
    });
    controller.current = c;
    setActiveMapController(c);
    onReady?.(c);
    return () => {
      setActiveMapController(null);
      c.destroy();
      controller.current = null;
    };
  }, [onReady]);

  useEffect(() => controller.current?.setTheme(theme), [theme]);

  return (
    <div className="map-area">
      <div
        ref={container}
        id="map"
        className="map-canvas"
        data-testid="map"
        data-map-state={state === 'error' ? 'loading' : state}
        role="region"
        aria-label={t('map.label')}
        tabIndex={-1}
      />
      {state === 'loading' && (
        <div className="map-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('map.loading')}
        </div>
      )}
      {state === 'error' && (
        <div className="map-error" role="alert">
          {t('map.error', { message: error })}
        </div>
      )}
    </div>
  );
}

// The map area: mounts one MapController and mirrors its state on the container for tests.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { MapController, type MapState } from './MapController';
import type { InteractionCallbacks } from './interaction';
import type { OverlayState } from './overlay';
import { setActiveMapController } from './active-map';

export interface MapViewProps {
  onReady?: (controller: MapController) => void;
  /** Read once, when the map is created: hover, click, pointer and distance callbacks. */
  interaction?: InteractionCallbacks;
  /** Read once, when the map is created: the overlay to draw from the start. */
  initialOverlay?: Partial<OverlayState>;
  /** Read once, when the map is created: a bookmarked camera instead of "fit Mongolia". */
  initialView?: { center: [number, number]; zoom: number } | null;
  /** False until the thematic data has been handed to the controller: the map reports "loading" till then. */
  dataReady?: boolean;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>;
  /** Overlays drawn above the map: search, toolbar, legend. */
  children?: ReactNode;
}

export function MapView({ onReady, interaction, initialOverlay, initialView, dataReady = true, onKeyDown, children }: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const theme = useAppStore((s) => s.theme);
  const [state, setState] = useState<MapState>('loading');
  const [error, setError] = useState<string>();
  // The spinner is for the first drawing only; later "loading" (a pan, a flight) stays in data-map-state.
  const [drawnOnce, setDrawnOnce] = useState(false);
  const setup = useRef({ interaction, initialOverlay, initialView });

  // Created as soon as its element exists, before the browser paints the rest of the window: the map is what
  // people wait for, and the first paint of the chrome would otherwise come first.
  useLayoutEffect(() => {
    if (!container.current) return;
    const c = new MapController({
      container: container.current,
      theme: useAppStore.getState().theme,
      interaction: setup.current.interaction,
      overlay: setup.current.initialOverlay,
      view: setup.current.initialView ?? undefined,
      onStateChange: (next, message) => {
        setState(next);
        if (next === 'idle') setDrawnOnce(true);
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
    <div className="map-area" onKeyDown={onKeyDown}>
      <div
        ref={container}
        id="map"
        className="map-canvas"
        data-testid="map"
        data-map-state={state === 'idle' && dataReady ? 'idle' : 'loading'}
        role="region"
        aria-label={t('map.label')}
        tabIndex={-1}
      />
      {children}
      {/* No spinning icon here: with software WebGL, every frame of a CSS animation is composited by the
          same GPU process that compiles the map's shaders, which made the first drawing about twice as slow. */}
      {(!drawnOnce || !dataReady) && state !== 'error' && (
        <div className="map-loading" role="status" data-testid="map-loading">
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

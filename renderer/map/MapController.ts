// Owns the MapLibre map. React components talk to this object, never to `map` directly.
import { Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { baseStyle, MONGOLIA_BOUNDS, type MapTheme } from './style';
import { worldCountries } from './countries';
import { applyCamera, applyProvidedState, captureCanvas, captureViewState, type MapViewState } from './view-state';

setWorkerUrl(workerUrl);

export type MapState = 'loading' | 'idle' | 'error';

export interface MapControllerOptions {
  container: HTMLElement;
  theme: MapTheme;
  onStateChange?: (state: MapState, message?: string) => void;
  interactive?: boolean;
  /** Device pixels per CSS pixel; exports raise it for print resolution. */
  pixelRatio?: number;
}

declare global {
  interface Window {
    /** For end-to-end tests and benchmarks only: the live map. */
    __steppeMap?: MlMap;
  }
}

export class MapController {
  readonly map: MlMap;
  private theme: MapTheme;
  private readonly onStateChange?: MapControllerOptions['onStateChange'];

  constructor({ container, theme, onStateChange, interactive = true, pixelRatio }: MapControllerOptions) {
    this.theme = theme;
    this.onStateChange = onStateChange;
    const options: MapOptions = {
      container,
      style: baseStyle(theme, worldCountries()),
      bounds: MONGOLIA_BOUNDS,
      fitBoundsOptions: { padding: 40 },
      attributionControl: false,
      interactive,
      pixelRatio,
      keyboard: true,
      dragRotate: false,
      pitchWithRotate: false,
    };
    this.map = new MlMap(options);
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.setState('loading');
    this.map.on('idle', () => this.setState('idle'));
    this.map.on('error', (e) => this.setState('error', e.error?.message ?? 'unknown error'));
    window.__steppeMap = this.map;
  }

  private setState(state: MapState, message?: string) {
    this.onStateChange?.(state, message);
  }

  setTheme(theme: MapTheme) {
    if (theme === this.theme) return;
    this.theme = theme;
    this.setState('loading');
    this.map.setStyle(baseStyle(theme, worldCountries()));
  }

  /** The view a slide records: camera from the map plus every registered provider's part. */
  captureView(): MapViewState {
    return captureViewState(this.map, this.theme);
  }

  /** Shows a slide's view: flies there (or jumps with reduced motion), sets the theme and restores provided layers. */
  async showView(view: MapViewState, options?: { animate?: boolean }): Promise<void> {
    this.setTheme(view.theme);
    applyProvidedState(view);
    await applyCamera(this.map, view.camera, options);
  }

  /** A picture of what the map shows once it has finished drawing, as a data: URL. */
  captureImage(type?: 'image/png' | 'image/jpeg', quality?: number): Promise<string> {
    return captureCanvas(this.map, type, quality);
  }

  fitMongolia() {
    this.map.fitBounds(MONGOLIA_BOUNDS, { padding: 40, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 800 });
  }

  destroy() {
    if (window.__steppeMap === this.map) delete window.__steppeMap;
    this.map.remove();
  }
}

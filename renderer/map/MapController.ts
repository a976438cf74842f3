// Owns the MapLibre map. React components talk to this object, never to `map` directly.
import { Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type GeoJSONSource } from 'maplibre-gl';
import { MONGOLIA_BOUNDS, type MapTheme } from './style';
import { mapFontFaces } from './fonts';
import { atlasStyle, EMPTY_DATA, overlayFlags, overlayLayers, thematicSources, type AtlasData, type OverlayState } from './overlay';
import { DEPOSIT_SOURCE, type DepositProperties } from './layers/deposits';
import { flagChanges, type FeatureFlagMap } from './layers/feature-state';
import type { DepositFilters } from '../store/map';
import { syncLayers } from './sync-layers';
import { MapInteraction, type InteractionCallbacks } from './interaction';
import { DEFAULT_LAYERS, EMPTY_FILTERS } from '../store/map';
import { applyCamera, applyProvidedState, captureCanvas, captureViewState, type MapViewState } from './view-state';
import { markMapFirstIdle } from './first-idle';
import { provideNodeIcons } from './layers/node-icons';
import { paintOnlyLoadedFrames, type PaintGate } from './still-frames';

setWorkerUrl(workerUrl);

export type MapState = 'loading' | 'idle' | 'error';

export interface MapControllerOptions {
  container: HTMLElement;
  theme: MapTheme;
  onStateChange?: (state: MapState, message?: string) => void;
  interactive?: boolean;
  /** Device pixels per CSS pixel; exports raise it for print resolution. */
  pixelRatio?: number;
  /** Pictures, not people (exports): no label fade-in to wait for, and the drawn frame stays readable at 'idle'. */
  still?: boolean;
  /** Filters, lens, language, selection and layer toggles to draw with from the start. */
  overlay?: Partial<OverlayState>;
  /** Hover, click, pointer and distance-tool callbacks (the main window's map only). */
  interaction?: InteractionCallbacks;
  /** Start here instead of fitting Mongolia (a bookmarked view). */
  view?: { center: [number, number]; zoom: number };
}

/** Where "reset view" returns to. */
/** Room for the search box above and the legend on the right, so Mongolia sits in the clear part of the map. */
const HOME_PADDING = { top: 64, bottom: 36, left: 36, right: 150 };
/** A filter change is drawn at once through feature state; the layer filter (a re-tile in the worker) follows this long
 *  after that frame, so quick successive changes re-tile once. */
const FILTER_SETTLE_MS = 200;
/** The live map paints only complete frames at start-up, for at most this long. */
const FIRST_DRAWING_WAIT_MS = 4000;
/** Overlay parts drawn through feature state alone (no layer change). */
const STATE_ONLY = new Set<keyof OverlayState>(['filters', 'selection', 'highlights']);
export const HOME_VIEW = { bounds: MONGOLIA_BOUNDS, padding: HOME_PADDING };

declare global {
  interface Window {
    /** For end-to-end tests and benchmarks only: the live map. */
    __steppeMap?: MlMap;
    /** For benchmarks: ms from navigation start to the map's first idle with the pack's deposits drawn. */
    __steppeFirstIdle?: number;
  }
}

export class MapController {
  readonly map: MlMap;
  private theme: MapTheme;
  private readonly onStateChange?: MapControllerOptions['onStateChange'];
  private overlay: OverlayState;
  private data: AtlasData = EMPTY_DATA;
  private managed = new Set<string>();
  /** True from the style's first 'load' on. Not isStyleLoaded(): that is also false while a source re-tiles,
   *  and a change queued on 'load' then would never be applied, as 'load' fires only once. */
  private styleReady = false;
  private readonly interaction?: MapInteraction;
  private readonly still: boolean;
  /** Holds back half-loaded frames: always on a still map, on the live map until the atlas is first drawn. */
  private readonly paintGate: PaintGate;
  /** The filters the layers' filter expressions currently hold (may lag `overlay.filters` by FILTER_SETTLE_MS). */
  private appliedFilters: DepositFilters;
  /** The filters the drawn tiles were cut with (catches up with appliedFilters at the next idle). */
  private drawnFilters: DepositFilters;
  private depositProperties: DepositProperties[] = [];
  /** Feature-state flags last sent, per source, so only changes are sent. */
  private flags = new Map<string, FeatureFlagMap>();
  /** Bumped by every filter change; a deferred layer filter runs only if no later change came. */
  private filterTurn = 0;
  private filterPending = false;

  constructor({ container, theme, onStateChange, interactive = true, pixelRatio, still = false, overlay, interaction, view }: MapControllerOptions) {
    this.theme = theme;
    this.onStateChange = onStateChange;
    this.overlay = { theme, language: 'en', filters: EMPTY_FILTERS, lens: null, selection: null, layers: DEFAULT_LAYERS, ...overlay };
    this.appliedFilters = this.drawnFilters = this.overlay.filters;
    this.still = still;
    const style = atlasStyle(this.overlay, this.data, mapFontFaces());
    this.managed = new Set(style.layers.map((l) => l.id));
    const options: MapOptions = {
      container,
      style,
      ...(view ? { center: view.center, zoom: view.zoom } : { bounds: MONGOLIA_BOUNDS, fitBoundsOptions: { padding: HOME_PADDING } }),
      attributionControl: false,
      interactive,
      pixelRatio,
      ...(still ? { fadeDuration: 0, canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
      keyboard: true,
      dragRotate: false,
      pitchWithRotate: false,
    };
    this.map = new MlMap(options);
    // Should the live map's first complete drawing take long (a slow disk), it builds up piece by piece after all.
    this.paintGate = paintOnlyLoadedFrames(this.map, still ? {} : { openAfterMs: FIRST_DRAWING_WAIT_MS });
    this.map.once('load', () => {
      this.styleReady = true;
      this.paintStates();
    });
    provideNodeIcons(this.map);
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.setState('loading');
    this.map.on('idle', () => {
      // The benchmark's clock stops when the user sees the atlas, not an empty basemap waiting for the database.
      if (this.data.deposits.length > 0) {
        window.__steppeFirstIdle ??= performance.now();
        if (!this.still) this.paintGate.open();
      }
      markMapFirstIdle();
      // Not idle while a filter's layer filter is still to come: tests and exports count what is drawn at idle.
      if (this.filterPending) return;
      if (this.drawnFilters !== this.appliedFilters) {
        // The re-tiled symbols now hold what the unfiltered reveal layer drew meanwhile.
        this.drawnFilters = this.appliedFilters;
        this.paintStates();
      }
      this.setState('idle');
    });
    this.map.on('error', (e) => this.setState('error', e.error?.message ?? 'unknown error'));
    // A flight or pan is work in progress: report "loading" until the map settles and fires idle again.
    this.map.on('movestart', () => this.setState('loading'));
    // Tests' handle is the map people see, never a hidden picture map drawing beside it.
    if (!still) window.__steppeMap = this.map;
    if (interaction) this.interaction = new MapInteraction(this.map, interaction);
  }

  private setState(state: MapState, message?: string) {
    this.onStateChange?.(state, message);
  }

  setTheme(theme: MapTheme) {
    if (theme === this.theme) return;
    this.theme = theme;
    this.setOverlay({ theme });
  }

  /** Replaces the deposits, corridors and nodes drawn (from the database). */
  setData(data: AtlasData) {
    const grew = (data.deposits.length > 2000) !== (this.data.deposits.length > 2000);
    this.data = data;
    const sources = thematicSources(data);
    const deposits = sources[DEPOSIT_SOURCE];
    if (deposits.type === 'geojson') this.depositProperties = (deposits.data as GeoJSON.FeatureCollection<GeoJSON.Point, DepositProperties>).features.map((f) => f.properties);
    const apply = () => {
      for (const [id, spec] of Object.entries(sources)) {
        const source = this.map.getSource<GeoJSONSource>(id);
        if (source && spec.type === 'geojson') void source.setData(spec.data as GeoJSON.GeoJSON);
        else if (!source) this.map.addSource(id, spec);
      }
      if (grew) this.applyOverlay();
      this.paintStates();
      this.repaintPending();
    };
    // Data that arrives while the first tiles are still loading goes straight into the sources the style already
    // has, so the first drawing includes it (instead of drawing empty sources, then tiling everything again).
    const sourcesReady = () => !grew && Object.keys(sources).every((id) => this.map.getSource(id));
    if (this.styleReady || sourcesReady()) apply();
    else this.map.once('load', apply);
  }

  /** Updates filters, lens, language, selection, theme or layer toggles; only what changed is repainted. */
  setOverlay(patch: Partial<OverlayState>) {
    const before = this.overlay;
    this.overlay = { ...before, ...patch };
    if (!this.styleReady) {
      this.map.once('load', () => this.applyOverlay());
      return;
    }
    const keys = Object.keys(patch) as (keyof OverlayState)[];
    const layersChanged = keys.some((k) => !STATE_ONLY.has(k) && patch[k] !== before[k]);
    const filtersChanged = this.overlay.filters !== this.appliedFilters;
    // Filters, selection and highlights show on the next frame as feature state (no worker round trip) …
    this.paintStates();
    // … and the layer filter follows, so the map (and queryRenderedFeatures) holds exactly the filtered deposits.
    // Pictures (still maps) take the filter at once: they are read at the next idle anyway.
    if (filtersChanged && !layersChanged && !this.still) this.deferFilters();
    else if (filtersChanged || layersChanged) this.applyOverlay();
    this.repaintPending();
  }

  private deferFilters() {
    const turn = ++this.filterTurn;
    this.filterPending = true;
    // Counted from the frame that shows the change, so that frame never waits for the re-tile.
    this.map.once('render', () => {
      window.setTimeout(() => {
        if (turn !== this.filterTurn || !this.filterPending) return;
        this.applyOverlay();
        this.repaintPending();
      }, FILTER_SETTLE_MS);
    });
  }

  /** Sends the feature-state flags that changed since last time (hidden by filters, ringed as highlights). */
  private paintStates() {
    const wanted = overlayFlags(this.overlay, this.depositProperties, this.drawnFilters);
    for (const [source, flags] of Object.entries(wanted)) {
      if (!this.map.getSource(source)) continue;
      for (const [id, state] of flagChanges(this.flags.get(source) ?? new Map(), flags)) this.map.setFeatureState({ source, id }, state);
      this.flags.set(source, flags);
    }
  }

  /** Reports "loading" until the next idle, so tests and the UI know when a change has been drawn. */
  private repaintPending() {
    this.setState('loading');
    this.map.triggerRepaint();
  }

  private applyOverlay() {
    this.filterTurn++;
    this.filterPending = false;
    this.appliedFilters = this.overlay.filters;
    // A picture is read at idle, when the tiles hold the filter: nothing to reveal in between.
    if (this.still) this.drawnFilters = this.appliedFilters;
    const layers = overlayLayers(this.overlay, this.data.deposits.length);
    syncLayers(this.map, layers, this.managed);
    this.managed = new Set(layers.map((l) => l.id));
  }

  flyTo(lonLat: [number, number], zoom = 7) {
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map.flyTo({ center: lonLat, zoom: Math.max(zoom, this.map.getZoom()), duration: reduce ? 0 : 1200, essential: false });
  }

  fitBounds(bounds: [[number, number], [number, number]]) {
    this.map.fitBounds(bounds, { padding: 60, maxZoom: 8, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 900 });
  }

  setMeasuring(on: boolean) {
    this.interaction?.setMeasuring(on);
  }

  /** Centre and zoom, rounded for a bookmarkable URL. */
  view(): { center: [number, number]; zoom: number } {
    const c = this.map.getCenter();
    return { center: [Math.round(c.lng * 1e4) / 1e4, Math.round(c.lat * 1e4) / 1e4], zoom: Math.round(this.map.getZoom() * 100) / 100 };
  }

  /** The view's west-south and east-north corners [lon, lat], for the list of what the map shows. */
  bounds(): [[number, number], [number, number]] {
    const b = this.map.getBounds();
    return [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]];
  }

  jumpTo(view: { center: [number, number]; zoom: number }) {
    this.map.jumpTo(view);
  }

  /** Calls back after every pan or zoom ends; returns an unsubscribe function. */
  onViewChange(listener: () => void): () => void {
    this.map.on('moveend', listener);
    return () => this.map.off('moveend', listener);
  }

  /** What this map draws with (pack data and overlay), so exports can draw the same off screen. */
  drawingState(): { data: AtlasData; overlay: OverlayState } {
    return { data: this.data, overlay: this.overlay };
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
    this.map.fitBounds(MONGOLIA_BOUNDS, { padding: HOME_PADDING, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 800 });
  }

  destroy() {
    this.filterTurn++;
    this.interaction?.destroy();
    if (window.__steppeMap === this.map) delete window.__steppeMap;
    this.map.remove();
  }
}

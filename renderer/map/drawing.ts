// User drawings on the live map. Two parts, both owned here so React never touches `map`:
// - DrawingOverlay: shows every visible drawing and the annotation badges with our own layers, and puts them
//   back whenever the style is replaced (theme change, overlay rebuild).
// - DrawingEditor: terra-draw (MapLibre adapter) for drawing and reshaping the shapes of the active layer.
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { MapController } from './MapController';
import { onActiveMapController, activeMapController } from './active-map';
import {
  badgeFeatures, BADGE_SOURCE, drawingFeatures, drawingLayers, drawingSources, DRAWING_SOURCE,
  type BadgeInput, type DrawingFeatureInput,
} from './drawing-layers';

export { DRAWING_LAYER_IDS, BADGE_LAYER_IDS } from './drawing-layers';
export type { BadgeInput, DrawingFeatureInput } from './drawing-layers';

interface OverlayState {
  drawings: FeatureCollection;
  badges: FeatureCollection;
  showBadges: boolean;
  theme: 'light' | 'dark';
}

class DrawingOverlay {
  private state: OverlayState = { drawings: drawingFeatures([]), badges: badgeFeatures([]), showBadges: true, theme: 'light' };
  private map: MlMap | null = null;
  private readonly ensure = () => this.install();

  attach(controller: MapController | null) {
    this.map?.off('styledata', this.ensure);
    this.map?.off('idle', this.ensure);
    this.map = controller?.map ?? null;
    if (!this.map) return;
    // 'styledata' alone can fire only while sources are still loading (the audience window changes nothing
    // afterwards), so the first idle installs the layers too; install is idempotent.
    this.map.on('styledata', this.ensure);
    this.map.on('idle', this.ensure);
    this.install();
  }

  update(patch: Partial<OverlayState>) {
    const layersChanged = patch.showBadges !== undefined && patch.showBadges !== this.state.showBadges || patch.theme !== undefined && patch.theme !== this.state.theme;
    this.state = { ...this.state, ...patch };
    if (!this.map) return;
    if (layersChanged) this.removeLayers();
    this.install();
    if (patch.drawings) (this.map.getSource(DRAWING_SOURCE) as GeoJSONSource | undefined)?.setData(this.state.drawings);
    if (patch.badges) (this.map.getSource(BADGE_SOURCE) as GeoJSONSource | undefined)?.setData(this.state.badges);
  }

  private removeLayers() {
    const map = this.map;
    if (!map?.isStyleLoaded()) return;
    for (const layer of drawingLayers(this.state.theme, this.state.showBadges)) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  }

  /** Adds our sources and layers if the current style lacks them (on top of everything else). */
  private install() {
    const map = this.map;
    if (!map || !map.isStyleLoaded()) return;
    for (const [id, spec] of Object.entries(drawingSources(this.state.drawings, this.state.badges))) {
      if (!map.getSource(id)) map.addSource(id, spec);
    }
    for (const layer of drawingLayers(this.state.theme, this.state.showBadges)) {
      if (!map.getLayer(layer.id)) map.addLayer(layer);
    }
  }
}

const overlay = new DrawingOverlay();
let unsubscribe: (() => void) | null = null;

function ensureAttached() {
  if (unsubscribe) return;
  overlay.attach(activeMapController());
  unsubscribe = onActiveMapController((c) => overlay.attach(c));
}

/** Shows these drawings (ids in `editing` are left to the editor, except text labels). */
export function showDrawings(drawings: readonly DrawingFeatureInput[], editing: ReadonlySet<string> = new Set()) {
  ensureAttached();
  overlay.update({ drawings: drawingFeatures(drawings, editing) });
}

export function showAnnotationBadges(badges: readonly BadgeInput[], visible: boolean) {
  ensureAttached();
  overlay.update({ badges: badgeFeatures(badges), showBadges: visible });
}

export function setDrawingTheme(theme: 'light' | 'dark') {
  ensureAttached();
  overlay.update({ theme });
}

/** Moves the camera to a place (a deposit, a drawing) without React holding the map. */
export function focusMapOn(position: [number, number], zoom = 8) {
  const map = activeMapController()?.map;
  if (!map) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.easeTo({ center: position, zoom: Math.max(map.getZoom(), zoom), duration: reduce ? 0 : 700 });
}

export function fitMapTo(bounds: [[number, number], [number, number]]) {
  const map = activeMapController()?.map;
  if (!map) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds(bounds, { padding: 80, maxZoom: 11, duration: reduce ? 0 : 700 });
}

// Renders map views off screen at a chosen pixel size: one hidden map reused for every slide.
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { activeMapController } from '../../map/active-map';
import { setAnalysisOverlay } from '../../map/analysis-layers';
import { drawingFeatures, drawingLayers, drawingSources, DRAWING_SOURCE, type DrawingFeatureInput } from '../../map/drawing-layers';
import { MapController } from '../../map/MapController';
import { applyCamera, type MapViewState } from '../../map/view-state';
import { analysisOverlayForView } from '../analysis';
import { loadSlideDrawings, mapSliceFromView } from '../slides';
import { takePicture } from './encoder';
import { abortable } from './job';

export interface SnapshotSize {
  /** CSS pixels of the hidden map (labels and lines keep their on-screen size). */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: the picture is width × pixelRatio wide. */
  pixelRatio: number;
}

/** Puts the slide's drawings on the hidden map, above everything else (layers rebuilt when the theme changes). */
function showDrawings(map: MlMap, drawings: readonly DrawingFeatureInput[], theme: MapViewState['theme']) {
  const data = drawingFeatures(drawings);
  for (const [id, spec] of Object.entries(drawingSources(data, drawingFeatures([])))) {
    const source = map.getSource<GeoJSONSource>(id);
    if (!source) map.addSource(id, spec);
    else if (id === DRAWING_SOURCE) void source.setData(data);
  }
  for (const layer of drawingLayers(theme, false)) {
    if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    map.addLayer(layer);
  }
}

export class MapSnapshotter {
  private readonly host: HTMLDivElement;
  private controller: MapController | null = null;
  private ready: Promise<void>;
  private drawingsShown = false;

  /** `first`: the first view to be captured; the hidden map starts there, so no other view is drawn first. */
  constructor(private readonly size: SnapshotSize, first: MapViewState) {
    this.host = document.createElement('div');
    // Off screen but laid out, so MapLibre sizes its canvas; hidden from assistive technology.
    Object.assign(this.host.style, { position: 'fixed', left: '-20000px', top: '0', width: `${size.width}px`, height: `${size.height}px`, pointerEvents: 'none' });
    this.host.setAttribute('aria-hidden', 'true');
    // Never reachable with Tab (it now draws in the background while people use the app).
    this.host.inert = true;
    this.host.dataset.testid = 'export-snapshot-map';
    document.body.append(this.host);
    // Draw with the live map's pack data and overlay (labels' language etc.); each slide sets its own layers.
    const live = activeMapController()?.drawingState();
    this.ready = new Promise((resolve, reject) => {
      const controller = new MapController({
        container: this.host,
        theme: first.theme,
        overlay: { ...live?.overlay, theme: first.theme, ...mapSliceFromView(first) },
        view: { center: first.camera.center, zoom: first.camera.zoom },
        interactive: false,
        pixelRatio: size.pixelRatio,
        still: true,
        onStateChange: (state, message) => {
          if (state === 'error') reject(new Error(message ?? 'the map could not be drawn'));
        },
      });
      this.controller = controller;
      if (live) controller.setData(live.data);
      // Ready once the style is in (after the data above): waiting for the first picture to finish would draw a
      // view nobody asked for; capture() waits for its own view to be drawn.
      controller.map.once('load', () => resolve());
    });
  }

  /**
   * Draws the view completely and takes the frame. Resolves once the hidden map is free to draw another view;
   * the JPEG (or PNG) file of this one follows in `file`.
   */
  async capture(view: MapViewState, signal?: AbortSignal, type: 'image/jpeg' | 'image/png' = 'image/jpeg'): Promise<{ file: Promise<Blob> }> {
    performance.mark('print-picture:start');
    await abortable(this.ready, signal);
    const controller = this.controller!;
    const map = controller.map;
    const [analysis, drawings] = await abortable(Promise.all([analysisOverlayForView(view.analysis), loadSlideDrawings(view.drawingLayers)]), signal);
    controller.setOverlay({ theme: view.theme, ...mapSliceFromView(view) });
    // A scenario slide's coloured route and greyed deposits (cleared for slides without one).
    const analysisDrawn = setAnalysisOverlay(controller, analysis, view.theme);
    // The slide's own drawings (cleared for slides that show none).
    if (drawings.length > 0 || this.drawingsShown) showDrawings(map, drawings, view.theme);
    this.drawingsShown = drawings.length > 0;
    await abortable(analysisDrawn, signal);
    await applyCamera(map, view.camera, { animate: false });
    // Wait for the new view's data and tiles to be drawn; the frame drawn last is the picture ('still' keeps it readable).
    const idle = map.once('idle');
    map.triggerRepaint();
    await abortable(idle, signal);
    performance.measure('print-picture:draw', 'print-picture:start');
    const drawn = performance.now();
    const { file } = await takePicture(map.getCanvas(), type);
    // Bytes, not base64: nothing to decode again for the PDF. The time includes software WebGL finishing the frame.
    void file.then(() => performance.measure('print-picture:encode', { start: drawn }), () => undefined);
    return { file };
  }

  /** Whether the hidden map draws the named layer (for checks that a slide's drawings made it in). */
  hasLayer(id: string): boolean {
    return !!this.controller?.map.getLayer(id);
  }

  get pixelWidth() {
    return Math.round(this.size.width * this.size.pixelRatio);
  }
  get pixelHeight() {
    return Math.round(this.size.height * this.size.pixelRatio);
  }

  destroy() {
    this.controller?.destroy();
    this.controller = null;
    this.host.remove();
  }
}

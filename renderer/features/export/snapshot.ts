// Renders map views off screen at a chosen pixel size: one hidden map reused for every slide.
import { activeMapController } from '../../map/active-map';
import { setAnalysisOverlay } from '../../map/analysis-layers';
import { MapController } from '../../map/MapController';
import { applyCamera, type MapViewState } from '../../map/view-state';
import { analysisOverlayForView } from '../analysis';
import { mapSliceFromView } from '../slides';
import { abortable, throwIfAborted } from './job';

export interface SnapshotSize {
  /** CSS pixels of the hidden map (labels and lines keep their on-screen size). */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: the picture is width × pixelRatio wide. */
  pixelRatio: number;
}

export class MapSnapshotter {
  private readonly host: HTMLDivElement;
  private controller: MapController | null = null;
  private ready: Promise<void>;

  constructor(private readonly size: SnapshotSize, theme: MapViewState['theme']) {
    this.host = document.createElement('div');
    // Off screen but laid out, so MapLibre sizes its canvas; hidden from assistive technology.
    Object.assign(this.host.style, { position: 'fixed', left: '-20000px', top: '0', width: `${size.width}px`, height: `${size.height}px`, pointerEvents: 'none' });
    this.host.setAttribute('aria-hidden', 'true');
    this.host.dataset.testid = 'export-snapshot-map';
    document.body.append(this.host);
    // Draw with the live map's pack data and overlay (labels' language etc.); each slide sets its own layers.
    const live = activeMapController()?.drawingState();
    this.ready = new Promise((resolve, reject) => {
      this.controller = new MapController({
        container: this.host,
        theme,
        overlay: live?.overlay,
        interactive: false,
        pixelRatio: size.pixelRatio,
        onStateChange: (state, message) => {
          if (state === 'idle') resolve();
          if (state === 'error') reject(new Error(message ?? 'the map could not be drawn'));
        },
      });
      if (live) this.controller.setData(live.data);
    });
  }

  /** A JPEG (or PNG) data: URL of the view, drawn completely. */
  async capture(view: MapViewState, signal?: AbortSignal, type: 'image/jpeg' | 'image/png' = 'image/jpeg'): Promise<string> {
    await abortable(this.ready, signal);
    const controller = this.controller!;
    controller.setOverlay({ theme: view.theme, ...mapSliceFromView(view) });
    // A scenario slide's coloured route and greyed deposits (cleared for slides without one).
    setAnalysisOverlay(controller, await abortable(analysisOverlayForView(view.analysis), signal), view.theme);
    await applyCamera(controller.map, view.camera, { animate: false });
    // Wait for the new view's data and tiles to be drawn before reading the picture.
    const idle = controller.map.once('idle');
    controller.map.triggerRepaint();
    await abortable(idle, signal);
    return abortable(controller.captureImage(type, 0.9), signal);
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

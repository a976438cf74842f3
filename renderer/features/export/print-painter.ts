// Draws print-size map pictures, one at a time, on one hidden map shared by exports and the background
// drawing. The hidden map is made again when the live map's pack data or label language changes, and
// let go after a quiet while (it holds a large WebGL canvas).
import { activeMapController } from '../../map/active-map';
import type { MapViewState } from '../../map/view-state';
import { blobBytes } from './bytes';
import { stopPictureEncoder } from './encoder';
import { PRINT_SNAPSHOT } from './layout';
import type { SlideImage } from './pdf';
import { MapSnapshotter } from './snapshot';

const RELEASE_AFTER_MS = 15_000;

let snapshotter: MapSnapshotter | null = null;
let drawnWith: { data: object; language: string; changes: unknown } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let releaseTimer: ReturnType<typeof setTimeout> | undefined;

function hiddenMap(first: MapViewState): MapSnapshotter {
  const live = activeMapController()?.drawingState();
  const now = live ? { data: live.data as object, language: live.overlay.language, changes: live.overlay.changes ?? null } : null;
  const stale = !drawnWith || !now || now.data !== drawnWith.data || now.language !== drawnWith.language || now.changes !== drawnWith.changes;
  if (snapshotter && stale) destroyHiddenMap();
  if (!snapshotter) {
    snapshotter = new MapSnapshotter(PRINT_SNAPSHOT, first);
    drawnWith = now;
  }
  return snapshotter;
}

/**
 * Draws one slide view at print size; calls wait their turn, so two drawings never share the hidden map. A turn
 * ends once the frame is taken: the next call draws while this picture is still being encoded.
 */
export function drawPrintPicture(view: MapViewState, signal?: AbortSignal): Promise<SlideImage> {
  clearTimeout(releaseTimer);
  const turn = queue.catch(() => undefined).then(async () => {
    const map = hiddenMap(view);
    const { file } = await map.capture(view, signal);
    return { file, width: map.pixelWidth, height: map.pixelHeight };
  });
  queue = turn;
  void turn.finally(() => {
    if (queue === turn) releaseTimer = setTimeout(() => void releasePrintMap(), RELEASE_AFTER_MS);
  }).catch(() => undefined);
  return turn.then(async ({ file, width, height }) => ({ data: await blobBytes(await file), width, height, cssWidth: PRINT_SNAPSHOT.width, format: 'JPEG' as const }));
}

function destroyHiddenMap() {
  stopPictureEncoder();
  snapshotter?.destroy();
  snapshotter = null;
  drawnWith = null;
}

/** Frees the hidden map once the drawing under way ends (presenting needs the machine; benchmarks measure a cold start). */
export function releasePrintMap(): Promise<void> {
  clearTimeout(releaseTimer);
  const turn = queue.catch(() => undefined).then(destroyHiddenMap);
  queue = turn;
  return turn;
}

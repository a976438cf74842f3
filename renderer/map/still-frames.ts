// A frame MapLibre paints while tiles are still arriving is soon painted over, yet with software WebGL each
// costs about as much as the finished one, and on two cores it slows the tile workers down. Two maps skip them:
// - a still map (print pictures, off screen) is read once, when idle: it paints only finished frames, always
//   (a print picture used to be painted five to twelve times while its tiles arrived);
// - the live map at start-up, under its "Drawing the map" sign: the atlas appears once, complete, instead of
//   building up piece by piece; later moves paint progressively as usual.
// MapLibre reports idle only after a frame drawn with everything loaded, so an idle map has always painted.
import type { Map as MlMap } from 'maplibre-gl';

interface Painter {
  render(...args: unknown[]): void;
}

export interface PaintGate {
  /** Frames not painted so far (for tests and measurements). */
  skipped(): number;
  /** Paints every frame from now on. */
  open(): void;
}

/** MapLibre's painter is not public API: if it is not where expected, the map simply paints every frame. */
function painterOf(map: MlMap): Painter | null {
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  return typeof painter?.render === 'function' ? (painter as Painter) : null;
}

/** `openAfterMs`: paints every frame from then on even if `open` was never called (a slow first drawing). */
export function paintOnlyLoadedFrames(map: Pick<MlMap, 'loaded'>, { openAfterMs = Infinity } = {}): PaintGate {
  const painter = painterOf(map as MlMap);
  const deadline = performance.now() + openAfterMs;
  let skipped = 0;
  let open = false;
  if (painter) {
    const render = painter.render.bind(painter);
    painter.render = (...args: unknown[]) => {
      if (open || map.loaded() || performance.now() >= deadline) render(...args);
      else skipped++;
    };
  }
  return {
    skipped: () => skipped,
    open: () => void (open = true),
  };
}

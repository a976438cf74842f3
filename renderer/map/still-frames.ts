// A still map (print pictures, off screen) is read once, when it is idle. Every frame it paints before then is
// thrown away, yet with software WebGL each costs about as much as the last one: a print picture used to be
// painted five to twelve times while its tiles arrived. Such a map paints only frames drawn with everything
// loaded. MapLibre reports idle only after a frame drawn with everything loaded, so the frame read is always
// painted.
import type { Map as MlMap } from 'maplibre-gl';

interface Painter {
  render(...args: unknown[]): void;
}

/** MapLibre's painter is not public API: if it is not where expected, the map simply paints every frame. */
function painterOf(map: MlMap): Painter | null {
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  return typeof painter?.render === 'function' ? (painter as Painter) : null;
}

/** Returns the number of frames skipped so far (for tests and measurements). */
export function paintOnlyLoadedFrames(map: Pick<MlMap, 'loaded'>): () => number {
  const painter = painterOf(map as MlMap);
  let skipped = 0;
  if (painter) {
    const render = painter.render.bind(painter);
    painter.render = (...args: unknown[]) => {
      if (map.loaded()) render(...args);
      else skipped++;
    };
  }
  return () => skipped;
}

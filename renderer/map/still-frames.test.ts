import { describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { paintOnlyLoadedFrames } from './still-frames';

function fakeMap() {
  const painted: string[] = [];
  const map = { loaded: () => false, painter: { render: (frame: string) => void painted.push(frame) } };
  return { map, painted };
}

describe('still maps paint only finished frames', () => {
  it('skips frames drawn while tiles still arrive and paints the one drawn with everything loaded', () => {
    const { map, painted } = fakeMap();
    const skipped = paintOnlyLoadedFrames(map as unknown as MlMap);
    map.painter.render('first tiles');
    map.painter.render('more tiles');
    map.loaded = () => true;
    map.painter.render('complete');
    expect(painted).toEqual(['complete']);
    expect(skipped.skipped()).toBe(2);
  });

  it('paints again as soon as a later view starts loading and then completes', () => {
    const { map, painted } = fakeMap();
    paintOnlyLoadedFrames(map as unknown as MlMap);
    let loaded = true;
    map.loaded = () => loaded;
    map.painter.render('view 1');
    loaded = false;
    map.painter.render('view 2, loading');
    loaded = true;
    map.painter.render('view 2');
    expect(painted).toEqual(['view 1', 'view 2']);
  });

  it('leaves a map whose painter is not where expected painting every frame', () => {
    const map = { loaded: vi.fn(() => false) };
    const skipped = paintOnlyLoadedFrames(map as unknown as MlMap);
    expect(skipped.skipped()).toBe(0);
    expect(map.loaded).not.toHaveBeenCalled();
  });

  it('once opened (the live map after its first complete drawing), paints frames while loading too', () => {
    const { map, painted } = fakeMap();
    const gate = paintOnlyLoadedFrames(map as unknown as MlMap);
    map.painter.render('start-up, loading');
    gate.open();
    map.painter.render('pan, new tiles loading');
    expect(painted).toEqual(['pan, new tiles loading']);
    expect(gate.skipped()).toBe(1);
  });

  it('paints every frame once the time allowed for a complete first drawing has passed', () => {
    vi.useFakeTimers();
    try {
      const { map, painted } = fakeMap();
      paintOnlyLoadedFrames(map as unknown as MlMap, { openAfterMs: 4000 });
      map.painter.render('loading, early');
      vi.advanceTimersByTime(4000);
      map.painter.render('loading, late');
      expect(painted).toEqual(['loading, late']);
    } finally {
      vi.useRealTimers();
    }
  });
});

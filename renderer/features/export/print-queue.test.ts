// The background drawing of print pictures: deck order, one at a time, drawn again after an edit or a
// pack change, paused while presenting — with a fake painter so no WebGL is needed.
import { describe, expect, it, vi } from 'vitest';
import type { MapViewState } from '../../map/view-state';
import { PrintPictureQueue, type PrintQueueDeps, type QueueSlide } from './print-queue';

const view = (lon: number, zoom = 5): MapViewState =>
  ({ camera: { center: [lon, 46], zoom, bearing: 0, pitch: 0 }, theme: 'light', layers: null, filters: {}, partnerLens: null, highlighted: [], drawingLayers: [] }) as unknown as MapViewState;
const slide = (id: string, lon: number, zoom = 5): QueueSlide => ({ slideId: id, view: view(lon, zoom) });

/** A painter whose drawings finish when the test says so, and a store of kept keys. */
function fakeDeps(pack = { checksum: 'pack-1' }) {
  const kept = new Set<string>();
  const drawn: string[] = [];
  const pending: Array<{ key: string; finish: () => void; signal: AbortSignal }> = [];
  const deps: PrintQueueDeps = {
    keyFor: async (v) => `${pack.checksum}:${v.camera.center[0]}:${v.camera.zoom}`,
    stored: async (keys) => new Set(keys.filter((k) => kept.has(k))),
    draw: (_v, key, signal) =>
      new Promise<void>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new Error('aborted')));
        pending.push({
          key,
          signal,
          finish: () => {
            kept.add(key);
            drawn.push(key);
            resolve();
          },
        });
      }),
    idle: async () => {},
    release: vi.fn(),
  };
  /** Waits until a drawing is under way and returns it. */
  const drawing = async () => {
    await vi.waitFor(() => expect(pending.some((p) => !p.signal.aborted)).toBe(true));
    return pending.splice(pending.findIndex((p) => !p.signal.aborted), 1)[0];
  };
  return { deps, kept, drawn, pending, drawing, pack };
}

describe('print pictures drawn in the background', () => {
  it('draws the map slides one at a time in deck order and counts what is ready', async () => {
    const f = fakeDeps();
    const queue = new PrintPictureQueue(f.deps);
    await queue.setDeck('deck', [slide('a', 90), slide('b', 100), slide('c', 110)]);
    expect(queue.status()).toMatchObject({ deckId: 'deck', ready: 0, total: 3 });
    const first = await f.drawing();
    expect(first.key).toBe('pack-1:90:5');
    expect(f.pending.filter((p) => !p.signal.aborted)).toHaveLength(0); // never two at once
    first.finish();
    (await f.drawing()).finish();
    (await f.drawing()).finish();
    await vi.waitFor(() => expect(queue.status().ready).toBe(3));
    expect(f.drawn).toEqual(['pack-1:90:5', 'pack-1:100:5', 'pack-1:110:5']);
  });

  it('counts pictures kept from before (a restart) as ready and draws only the others', async () => {
    const f = fakeDeps();
    f.kept.add('pack-1:90:5');
    const queue = new PrintPictureQueue(f.deps);
    await queue.setDeck('deck', [slide('a', 90), slide('b', 100)]);
    expect(queue.status().ready).toBe(1);
    expect((await f.drawing()).key).toBe('pack-1:100:5');
  });

  it('cancels the drawing of a slide whose view is edited and draws its new view', async () => {
    const f = fakeDeps();
    const queue = new PrintPictureQueue(f.deps);
    await queue.setDeck('deck', [slide('a', 90), slide('b', 100)]);
    const old = await f.drawing();
    await queue.setDeck('deck', [slide('a', 95), slide('b', 100)]); // slide a moved while drawn
    expect(old.signal.aborted).toBe(true);
    const next = await f.drawing();
    expect(next.key).toBe('pack-1:95:5');
    next.finish();
    (await f.drawing()).finish();
    await vi.waitFor(() => expect(queue.status().ready).toBe(2));
    expect(f.drawn).not.toContain('pack-1:90:5');
  });

  it('draws a finished slide again after its view changes', async () => {
    const f = fakeDeps();
    const queue = new PrintPictureQueue(f.deps);
    await queue.setDeck('deck', [slide('a', 90)]);
    (await f.drawing()).finish();
    await vi.waitFor(() => expect(queue.status().ready).toBe(1));
    await queue.setDeck('deck', [slide('a', 90, 7)]);
    expect(queue.status().ready).toBe(0);
    (await f.drawing()).finish();
    expect(f.drawn).toEqual(['pack-1:90:5', 'pack-1:90:7']);
  });

  it('draws every slide again after a pack update', async () => {
    const f = fakeDeps();
    const queue = new PrintPictureQueue(f.deps);
    await queue.setDeck('deck', [slide('a', 90)]);
    (await f.drawing()).finish();
    await vi.waitFor(() => expect(queue.status().ready).toBe(1));
    f.pack.checksum = 'pack-2';
    await queue.setDeck('deck', [slide('a', 90)]);
    expect(queue.status().ready).toBe(0);
    expect((await f.drawing()).key).toBe('pack-2:90:5');
  });

  it('stops while presenting, frees the hidden map, and goes on afterwards', async () => {
    const f = fakeDeps();
    const queue = new PrintPictureQueue(f.deps);
    await queue.setDeck('deck', [slide('a', 90), slide('b', 100)]);
    const under = await f.drawing();
    queue.pause('presenting');
    expect(under.signal.aborted).toBe(true);
    await vi.waitFor(() => expect(f.deps.release).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(f.pending.filter((p) => !p.signal.aborted)).toHaveLength(0);
    expect(queue.status().paused).toEqual(['presenting']);
    queue.resume('presenting');
    const again = await f.drawing();
    expect(again.key).toBe('pack-1:90:5');
  });

  it('keeps the order of the last edit when edits overlap', async () => {
    const f = fakeDeps();
    let slowFirst = true;
    const keyFor = f.deps.keyFor;
    f.deps.keyFor = async (v) => {
      if (slowFirst && v.camera.center[0] === 90) await new Promise((r) => setTimeout(r, 30));
      return keyFor(v);
    };
    const queue = new PrintPictureQueue(f.deps);
    const older = queue.setDeck('deck', [slide('a', 90)]);
    slowFirst = false;
    await queue.setDeck('deck', [slide('a', 120)]);
    await older;
    expect((await f.drawing()).key).toBe('pack-1:120:5');
    expect(queue.status().total).toBe(1);
  });
});

// Pack import in real IndexedDB: the app's own first-run pipeline (pack worker: parse, validate, checksum, gzip,
// one-transaction write, the checks overlapping the writes) beside a raw Dexie bulkPut of the same rows, with the UI thread's long tasks recorded.
import { openDatabase } from '../../../renderer/db';
import { syntheticPack } from '../../../renderer/features/sync/core/synthetic-pack';
import { createSyncClient } from '../../../renderer/features/sync/worker/client';
import { COLLECTIONS, sealPack, type Pack } from '../../../shared/pack';

declare global {
  interface Window {
    __importBench: (mode: 'pipeline' | 'raw', features: number) => Promise<ImportRun>;
  }
}

interface ImportRun {
  ms: number;
  rows: number;
  longestTaskMs: number;
  longTasks: number;
  maxHeartbeatGapMs: number;
  peakHeapMB: number | null;
  bytes: number;
  /** When each step started, in ms from the start of the run (pipeline only). */
  stages?: Record<string, number>;
}

const status = document.getElementById('status')!;
const cache = new Map<number, Promise<{ pack: Pack; text: string; bytes: Uint8Array }>>();

function packOf(features: number) {
  let found = cache.get(features);
  if (!found) {
    found = sealPack(syntheticPack({ deposits: features, facilities: 20 })).then((pack) => {
      const text = JSON.stringify(pack);
      // The app gets file bytes from the file dialog or a drop; encode once here, outside the measured run.
      return { pack, text, bytes: new TextEncoder().encode(text) };
    });
    cache.set(features, found);
  }
  return found;
}

function watchMainThread() {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) durations.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  let peak = memory?.usedJSHeapSize ?? 0;
  // A heartbeat: the largest gap between ticks is how long the UI thread could not answer.
  let last = performance.now();
  let maxGap = 0;
  const sampler = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (memory) peak = Math.max(peak, memory.usedJSHeapSize);
  }, 25);
  return () => {
    observer.takeRecords().forEach((e) => durations.push(e.duration));
    observer.disconnect();
    clearInterval(sampler);
    return { longestTaskMs: Math.max(0, ...durations), longTasks: durations.length, maxHeartbeatGapMs: Math.max(maxGap, performance.now() - last), peakHeapMB: memory ? peak / 2 ** 20 : null };
  };
}

async function pipeline(fileBytes: Uint8Array, done: () => void, stages: Record<string, number>): Promise<number> {
  const name = `bench-${crypto.randomUUID()}`;
  const worker = new Worker(new URL('../../../renderer/features/sync/worker/pack.worker.ts', import.meta.url), { type: 'module' });
  const client = createSyncClient(worker, name);

  try {
    const t0 = performance.now();
    const mark = (stage: string) => (stages[stage] ??= Math.round(performance.now() - t0));
    // The app's first run: rows are checked while earlier chunks are written, all in one transaction.
    const loaded = await client.load({ kind: 'bytes', bytes: fileBytes }, 'first-run', (p) => p.done > 0 && mark('first rows written'), mark);
    if (!loaded.ok) throw new Error(`refused: ${loaded.refusal.code} ${loaded.refusal.details[0] ?? ''}`);
    if (loaded.path) mark(`stored (${loaded.path} path)`);
    const ms = performance.now() - t0;
    done(); // stop watching before tearing the bench's worker and database down (the app keeps both)
    return ms;
  } finally {
    worker.terminate();
    await openDatabase(name).delete();
  }
}

async function raw(pack: Pack, done: () => void): Promise<number> {
  const db = openDatabase(`bench-raw-${crypto.randomUUID()}`);
  await db.open();
  try {
    const t0 = performance.now();
    await db.transaction('rw', COLLECTIONS.map((c) => db[c]), async () => {
      for (const c of COLLECTIONS) {
        const rows = pack[c] as unknown[];
        const table = db[c] as unknown as { bulkPut(r: unknown[]): Promise<unknown> };
        for (let i = 0; i < rows.length; i += 2000) await table.bulkPut(rows.slice(i, i + 2000));
      }
    });
    const ms = performance.now() - t0;
    done();
    return ms;
  } finally {
    await db.delete();
  }
}

window.__importBench = async (mode, features) => {
  status.textContent = `Generating ${features} features…`;
  const { pack, text, bytes } = await packOf(features);
  const rows = COLLECTIONS.reduce((n, c) => n + pack[c].length, 0);
  status.textContent = `Running ${mode}…`;
  // The file's bytes as a file dialog hands them over (a copy: they are transferred to the worker). Copied before
  // the watcher starts, like generating the pack: neither is the app's work.
  const fileBytes = mode === 'pipeline' ? bytes.slice() : bytes;
  await new Promise((resolve) => setTimeout(resolve));
  const stop = watchMainThread();
  let watched: ReturnType<typeof stop> | undefined;
  const done = () => {
    watched = stop();
  };
  const stages: Record<string, number> = {};
  const ms = mode === 'pipeline' ? await pipeline(fileBytes, done, stages) : await raw(pack, done);
  status.textContent = `${mode}: ${Math.round(ms)} ms`;
  return { ms, rows, bytes: text.length, ...watched!, ...(mode === 'pipeline' ? { stages } : {}) };
};

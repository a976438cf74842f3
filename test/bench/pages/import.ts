// Pack import in real IndexedDB: the app's own pipeline (pack worker: parse, validate, checksum, diff, gzip,
// one-transaction apply) beside a raw Dexie bulkPut of the same rows, with the UI thread's long tasks recorded.
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
  peakHeapMB: number | null;
  bytes: number;
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
  const sampler = setInterval(() => {
    if (memory) peak = Math.max(peak, memory.usedJSHeapSize);
  }, 25);
  return () => {
    observer.takeRecords().forEach((e) => durations.push(e.duration));
    observer.disconnect();
    clearInterval(sampler);
    return { longestTaskMs: Math.max(0, ...durations), longTasks: durations.length, peakHeapMB: memory ? peak / 2 ** 20 : null };
  };
}

async function pipeline(fileBytes: Uint8Array): Promise<number> {
  const name = `bench-${crypto.randomUUID()}`;
  const worker = new Worker(new URL('../../../renderer/features/sync/worker/pack.worker.ts', import.meta.url), { type: 'module' });
  const client = createSyncClient(worker, name);
  try {
    const t0 = performance.now();
    const prepared = await client.prepare({ kind: 'bytes', bytes: fileBytes.slice() }, 'first-run');
    if (!prepared.ok) throw new Error(`refused: ${prepared.refusal.code} ${prepared.refusal.details[0] ?? ''}`);
    await client.apply(prepared.planId);
    return performance.now() - t0;
  } finally {
    worker.terminate();
    await openDatabase(name).delete();
  }
}

async function raw(pack: Pack): Promise<number> {
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
    return performance.now() - t0;
  } finally {
    await db.delete();
  }
}

window.__importBench = async (mode, features) => {
  status.textContent = `Generating ${features} features…`;
  const { pack, text, bytes } = await packOf(features);
  const rows = COLLECTIONS.reduce((n, c) => n + pack[c].length, 0);
  status.textContent = `Running ${mode}…`;
  const stop = watchMainThread();
  const ms = mode === 'pipeline' ? await pipeline(bytes) : await raw(pack);
  const watched = stop();
  status.textContent = `${mode}: ${Math.round(ms)} ms`;
  return { ms, rows, bytes: text.length, ...watched };
};

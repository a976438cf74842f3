// The pack worker: one per app. Holds prepared imports until the user applies or cancels them.
import '../../../zod-jitless';
import { openDatabase, type PackHistoryEntry, type SteppeDatabase } from '../../../db';
import { applyPlan, StaleImportError, type ApplyProgress } from '../core/apply';
import { useCompressor } from '../core/compress';
import { loadIntoEmptyDatabase } from '../core/first-load';
import { preparePackFile, type PrepareStage } from '../core/import';
import { headerOf, type ImportPlan } from '../core/plan';
import { readPack } from '../core/read-pack';
import { prepareRollback } from '../core/rollback';
import { gzipOffThread } from './gzip-helper';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as { postMessage(m: WorkerResponse): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };
const databases = new Map<string, SteppeDatabase>();
const plans = new Map<string, { db: SteppeDatabase; plan: ImportPlan }>();
const post = (m: WorkerResponse) => scope.postMessage(m);
// Pack bodies kept for rollback are compressed on a helper thread, beside this one's reading and writing.
useCompressor(gzipOffThread);

function database(name: string): SteppeDatabase {
  let found = databases.get(name);
  if (!found) databases.set(name, (found = openDatabase(name)));
  return found;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Progress at most every 50 ms (and the last one), so the UI thread re-renders a bar, not a flood. */
function throttled(requestId: number): (progress: ApplyProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (now - last < 50 && progress.done < progress.total) return;
    last = now;
    post({ type: 'progress', requestId, progress });
  };
}

/** The history entry without its long id lists: the UI shows title and counts, and copying 100k ids onto
 *  its thread would hold it up (the database keeps the full entry). */
function briefEntry(entry: PackHistoryEntry): PackHistoryEntry {
  const collections = Object.fromEntries(
    Object.entries(entry.diff.collections).map(([c, d]) => [c, { added: d.added.slice(0, BRIEF), removed: d.removed.slice(0, BRIEF), changed: d.changed.slice(0, BRIEF) }]),
  ) as PackHistoryEntry['diff']['collections'];
  return { ...entry, diff: { ...entry.diff, collections } };
}
const BRIEF = 200;

async function handle(request: WorkerRequest): Promise<void> {
  const { requestId } = request;
  switch (request.type) {
    case 'prepare': {
      const db = database(request.dbName);
      const onStage = (stage: PrepareStage) => post({ type: 'stage', requestId, stage });
      const { source } = request;
      let result;
      if (source.kind === 'history') {
        onStage('reading');
        result = await prepareRollback(db, source.seq);
      } else {
        let bytes: Uint8Array;
        if (source.kind === 'url') {
          onStage('reading');
          try {
            bytes = await fetchBytes(source.url);
          } catch (error) {
            post({ type: 'refused', requestId, refusal: { code: 'unreadable-url', details: [String(error)] } });
            return;
          }
        } else bytes = source.bytes;
        result = await preparePackFile(db, bytes, request.applyKind, { onStage });
      }
      if (!result.ok) return post({ type: 'refused', requestId, refusal: result.refusal });
      const planId = crypto.randomUUID();
      plans.set(planId, { db, plan: result.plan });
      return post({ type: 'prepared', requestId, planId, preview: result.plan.preview });
    }
    case 'apply': {
      const held = plans.get(request.planId);
      if (!held) return post({ type: 'failed', requestId, reason: 'stale', message: 'This import is no longer prepared.' });
      plans.delete(request.planId);
      const entry = await applyPlan(held.db, held.plan, { kind: request.kind, onProgress: throttled(requestId) });
      return post({ type: 'applied', requestId, entry: briefEntry(entry) });
    }
    case 'load': {
      // First run: no preview, so rows are checked while earlier ones are written (core/first-load.ts).
      post({ type: 'stage', requestId, stage: 'reading' });
      const { source } = request;
      let bytes: Uint8Array;
      try {
        bytes = source.kind === 'url' ? await fetchBytes(source.url) : source.bytes;
      } catch (error) {
        return post({ type: 'refused', requestId, refusal: { code: 'unreadable-url', details: [String(error)] } });
      }
      const result = await loadIntoEmptyDatabase(database(request.dbName), bytes, {
        kind: request.applyKind, onProgress: throttled(requestId), onStage: (stage) => post({ type: 'stage', requestId, stage }),
      });
      if (!result.ok) return post({ type: 'refused', requestId, refusal: result.refusal });
      return post({ type: 'applied', requestId, entry: briefEntry(result.entry), path: result.path });
    }
    case 'discard':
      plans.delete(request.planId);
      return post({ type: 'done', requestId });
    case 'peek': {
      try {
        const read = await readPack(await fetchBytes(request.url));
        return post({ type: 'peeked', requestId, header: read.ok ? headerOf(read.pack) : null });
      } catch {
        return post({ type: 'peeked', requestId, header: null });
      }
    }
  }
}

scope.onmessage = (event) => {
  handle(event.data).catch((error: unknown) => {
    const reason = error instanceof StaleImportError ? 'stale' : error instanceof Error && /Quota|Storage/i.test(error.name) ? 'storage' : 'unexpected';
    post({ type: 'failed', requestId: event.data.requestId, reason, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  });
};

// The UI side of the pack worker: promises and callbacks instead of messages.
import { DEFAULT_DB_NAME, type PackApplyKind, type PackHistoryEntry } from '../../../db';
import type { ApplyProgress } from '../core/apply';
import type { PrepareStage } from '../core/import';
import type { ImportPreview, PackHeader } from '../core/plan';
import type { PackSource, SyncRefusal, WorkerRequest, WorkerResponse } from './protocol';

export type PrepareOutcome = { ok: true; planId: string; preview: ImportPreview } | { ok: false; refusal: SyncRefusal };

export type LoadOutcome = { ok: true; entry: PackHistoryEntry; path?: 'overlapped' | 'ordinary' } | { ok: false; refusal: SyncRefusal };

export class ApplyFailedError extends Error {
  constructor(readonly reason: 'stale' | 'storage' | 'unexpected', message: string) {
    super(message);
    this.name = 'ApplyFailedError';
  }
}

type Listener = (m: WorkerResponse) => boolean | void;
type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'requestId'> : never) : never;

export interface SyncClient {
  prepare(source: PackSource, kind: PackApplyKind, onStage?: (stage: PrepareStage) => void): Promise<PrepareOutcome>;
  apply(planId: string, kind?: PackApplyKind, onProgress?: (p: ApplyProgress) => void): Promise<PackHistoryEntry>;
  /** First run: reads and stores a pack with no preview (rows are checked while earlier ones are written). */
  load(source: PackSource & { kind: 'bytes' | 'url' }, kind: PackApplyKind, onProgress?: (p: ApplyProgress) => void, onStage?: (stage: PrepareStage) => void): Promise<LoadOutcome>;
  discard(planId: string): Promise<void>;
  peek(url: string): Promise<PackHeader | null>;
}

export function createSyncClient(worker: Worker, dbName: string = DEFAULT_DB_NAME): SyncClient {
  let nextId = 1;
  const listeners = new Map<number, Listener>();
  worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
    const listener = listeners.get(e.data.requestId);
    if (listener && listener(e.data) === true) listeners.delete(e.data.requestId);
  });
  function send<T>(request: Unsent, listen: (m: WorkerResponse, resolve: (v: T) => void, reject: (e: Error) => void) => boolean | void, transfer: Transferable[] = []) {
    return new Promise<T>((resolve, reject) => {
      const requestId = nextId++;
      listeners.set(requestId, (m) => {
        if (m.type === 'failed') {
          reject(new ApplyFailedError(m.reason, m.message));
          return true;
        }
        return listen(m, resolve, reject);
      });
      worker.postMessage({ ...request, requestId } as WorkerRequest, transfer);
    });
  }
  return {
    prepare(source, applyKind, onStage) {
      const transfer = source.kind === 'bytes' ? [source.bytes.buffer as ArrayBuffer] : [];
      return send<PrepareOutcome>({ type: 'prepare', dbName, source, applyKind }, (m, resolve) => {
        if (m.type === 'stage') onStage?.(m.stage);
        else if (m.type === 'prepared') resolve({ ok: true, planId: m.planId, preview: m.preview });
        else if (m.type === 'refused') resolve({ ok: false, refusal: m.refusal });
        else return false;
        return m.type !== 'stage';
      }, transfer);
    },
    apply(planId, kind, onProgress) {
      return send<PackHistoryEntry>({ type: 'apply', planId, kind }, (m, resolve) => {
        if (m.type === 'progress') onProgress?.(m.progress);
        else if (m.type === 'applied') {
          resolve(m.entry);
          return true;
        }
        return false;
      });
    },
    load(source, applyKind, onProgress, onStage) {
      const transfer = source.kind === 'bytes' ? [source.bytes.buffer as ArrayBuffer] : [];
      return send<LoadOutcome>({ type: 'load', dbName, source, applyKind }, (m, resolve) => {
        if (m.type === 'stage') onStage?.(m.stage);
        else if (m.type === 'progress') onProgress?.(m.progress);
        else if (m.type === 'applied') resolve({ ok: true, entry: m.entry, path: m.path });
        else if (m.type === 'refused') resolve({ ok: false, refusal: m.refusal });
        else return false;
        return m.type === 'applied' || m.type === 'refused';
      }, transfer);
    },
    discard(planId) {
      return send<void>({ type: 'discard', planId }, (m, resolve) => {
        resolve();
        return m.type === 'done';
      });
    },
    peek(url) {
      return send<PackHeader | null>({ type: 'peek', url }, (m, resolve) => {
        if (m.type !== 'peeked') return false;
        resolve(m.header);
        return true;
      });
    },
  };
}

let shared: SyncClient | undefined;

/** The app's one pack worker. */
export function syncClient(): SyncClient {
  shared ??= createSyncClient(new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module', name: 'steppe-pack' }));
  return shared;
}

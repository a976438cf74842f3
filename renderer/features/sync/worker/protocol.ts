// Messages between the UI thread and the pack worker. The worker reads, verifies, diffs and applies packs,
// so a 100k-feature import never blocks the UI; Dexie's live queries see its writes across threads.
import type { PackApplyKind, PackHistoryEntry } from '../../../db';
import type { ApplyProgress } from '../core/apply';
import type { PrepareStage } from '../core/import';
import type { ImportPreview, PackHeader } from '../core/plan';
import type { Refusal } from '../core/read-pack';

export type PackSource =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'url'; url: string }
  | { kind: 'history'; seq: number };

export type WorkerRequest =
  | { type: 'prepare'; requestId: number; dbName: string; source: PackSource; applyKind: PackApplyKind }
  | { type: 'apply'; requestId: number; planId: string; kind?: PackApplyKind }
  | { type: 'load'; requestId: number; dbName: string; source: PackSource & { kind: 'bytes' | 'url' }; applyKind: PackApplyKind }
  | { type: 'discard'; requestId: number; planId: string }
  | { type: 'peek'; requestId: number; url: string };

export type WorkerResponse =
  | { type: 'stage'; requestId: number; stage: PrepareStage }
  | { type: 'prepared'; requestId: number; planId: string; preview: ImportPreview }
  | { type: 'refused'; requestId: number; refusal: SyncRefusal }
  | { type: 'progress'; requestId: number; progress: ApplyProgress }
  | { type: 'applied'; requestId: number; entry: PackHistoryEntry; path?: 'overlapped' | 'ordinary' }
  | { type: 'peeked'; requestId: number; header: PackHeader | null }
  | { type: 'done'; requestId: number }
  | { type: 'failed'; requestId: number; reason: 'stale' | 'storage' | 'unexpected'; message: string };

/** Every reason an import can stop before it writes anything. */
export type SyncRefusal = Refusal | { code: 'body-missing' | 'unreadable-url'; details: string[]; values?: Refusal['values'] };

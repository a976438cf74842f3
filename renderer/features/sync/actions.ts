// What the sync UI does: each user action moves the sync phase in the store and talks to the pack worker.
import type { PackApplyKind, PackHistoryEntry } from '../../db';
import { db } from '../../db';
import { useAppStore } from '../../store';
import type { SyncPhase } from '../../store/pack';
import { looksLikeBackup, previewRestore, readBackup, restoreBackup, type Backup, type RestoreMode } from './core/backup';
import type { ImportPreview } from './core/plan';
import { decodeText } from './core/read-pack';
import { ApplyFailedError, syncClient } from './worker/client';
import type { PackSource } from './worker/protocol';

const set = (phase: SyncPhase) => useAppStore.getState().setSync(phase);
const phase = () => useAppStore.getState().sync;

/** Reads a pack (file bytes, the bundled URL or a history entry) and opens the preview. */
export async function preparePack(source: PackSource, kind: PackApplyKind, fileName?: string): Promise<ImportPreview | null> {
  set({ name: 'reading', stage: 'reading', fileName, kind });
  const outcome = await syncClient().prepare(source, kind, (stage) => set({ name: 'reading', stage, fileName, kind }));
  if (!outcome.ok) {
    set({ name: 'refused', refusal: outcome.refusal, fileName });
    return null;
  }
  set({ name: 'preview', planId: outcome.planId, preview: outcome.preview, fileName });
  return outcome.preview;
}

/** A file the user chose or dropped: a backup goes to restore, anything else is read as a pack. */
export async function importFileBytes(bytes: Uint8Array, fileName: string): Promise<void> {
  const head = decodeText(bytes.subarray(0, 200)) ?? '';
  if (looksLikeBackup(head)) return openRestore(bytes, fileName);
  await preparePack({ kind: 'bytes', bytes }, 'import', fileName);
}

export async function applyPrepared(planId: string, preview: ImportPreview): Promise<PackHistoryEntry | null> {
  const kind: PackApplyKind = preview.relation === 'same' && preview.kind === 'import' ? 'reapply' : preview.kind;
  const title = preview.incoming.title;
  set({ name: 'applying', progress: { done: 0, total: 0 }, title, kind });
  try {
    const entry = await syncClient().apply(planId, kind, (progress) => set({ name: 'applying', progress, title, kind }));
    set({ name: 'applied', entry });
    return entry;
  } catch (error) {
    const reason = error instanceof ApplyFailedError ? error.reason : 'unexpected';
    set({ name: 'failed', reason, message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

export function cancelPreview(): void {
  const current = phase();
  if (current.name === 'preview') void syncClient().discard(current.planId);
  set({ name: 'idle' });
}

export function dismiss(): void {
  set({ name: 'idle' });
}

/** Loads a pack with no preview (the bundled pack on an empty database), with a progress bar. */
export async function loadWithoutPreview(source: PackSource & { kind: 'bytes' | 'url' }, kind: PackApplyKind): Promise<void> {
  set({ name: 'reading', stage: 'reading', kind });
  try {
    const outcome = await syncClient().load(
      source,
      kind,
      (progress) => set({ name: 'applying', progress, title: '', kind }),
      (stage) => set({ name: 'reading', stage, kind }),
    );
    set(outcome.ok ? { name: 'applied', entry: outcome.entry } : { name: 'refused', refusal: outcome.refusal });
  } catch (error) {
    const reason = error instanceof ApplyFailedError ? error.reason : 'unexpected';
    set({ name: 'failed', reason, message: error instanceof Error ? error.message : String(error) });
  }
}

export async function openRestore(bytes: Uint8Array, fileName: string): Promise<void> {
  const text = decodeText(bytes);
  const read = text === null ? { ok: false as const, refusal: { code: 'not-a-backup' as const, details: [] } } : readBackup(text);
  if (!read.ok) return set({ name: 'restore-refused', refusal: read.refusal, fileName });
  set({ name: 'restore', backup: read.backup, preview: await previewRestore(db, read.backup), fileName });
}

export async function applyRestore(backup: Backup, mode: RestoreMode): Promise<void> {
  await restoreBackup(db, backup, mode);
  set({ name: 'idle' });
}

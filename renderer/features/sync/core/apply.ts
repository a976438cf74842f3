// Apply a prepared import in ONE read-write transaction: pack tables, history, bodies and orphan flags
// complete together or not at all (an exception, a closed window or a crash leaves the database as it was).
import { Dexie } from 'dexie';
import { COLLECTIONS, entityKey, type CollectionName, type Deposit, type PackEntity } from '../../../../shared/pack';
import {
  currentPack, type OrphanedDeposit, type PackApplyKind, type PackCounts, type PackHistoryEntry, type SteppeDatabase,
} from '../../../db';
import { summarizeDiff, type ImportPlan } from './plan';

export interface ApplyProgress {
  /** Rows written so far and in all (deletes + puts). */
  done: number;
  total: number;
}

export interface ApplyOptions {
  kind?: PackApplyKind;
  onProgress?: (progress: ApplyProgress) => void;
  /** Called inside the transaction after each chunk; throwing aborts the whole apply (used by tests). */
  afterChunk?: (progress: ApplyProgress) => void;
  chunkSize?: number;
  now?: () => Date;
}

export class StaleImportError extends Error {
  constructor() {
    super('The database changed since this import was prepared; prepare it again.');
    this.name = 'StaleImportError';
  }
}

const CHUNK = 2000;
/** Write requests issued ahead of the one IndexedDB is storing. */
const IN_FLIGHT = 3;
/** Longest wait for the compressed body inside the transaction (it is normally done before the rows are). */
const GZIP_WAIT_MS = 10 * 60_000;

export async function applyPlan(db: SteppeDatabase, plan: ImportPlan, options: ApplyOptions = {}): Promise<PackHistoryEntry> {
  const { onProgress = () => {}, afterChunk = () => {}, chunkSize = CHUNK } = options;
  const now = (options.now ?? (() => new Date()))().toISOString();

  const writes: Array<{ collection: CollectionName; deletes: string[]; puts: PackEntity[] }> = COLLECTIONS.map((c) => {
    const d = plan.diff.collections[c];
    const changed = new Set(d.changed.map((ch) => ch.id));
    const puts = d.added.map((a) => a.entity as PackEntity);
    if (changed.size > 0) for (const e of plan.pack[c] as PackEntity[]) if (changed.has(entityKey(c, e))) puts.push(e);
    return { collection: c, deletes: d.removed.map((r) => r.id), puts };
  });
  const total = writes.reduce((n, w) => n + w.deletes.length + w.puts.length, 0);
  const progress = { done: 0, total };
  onProgress({ ...progress });

  const tables = [
    ...COLLECTIONS.map((c) => db[c]), db.packHistory, db.packBodies, db.annotations, db.drawings, db.decks,
  ];
  return db.transaction('rw', tables, async () => {
    const base = await currentPack(db);
    if ((base?.checksum ?? null) !== plan.baseChecksum) throw new StaleImportError();
    // A few chunks in flight: this thread prepares the next while IndexedDB stores the previous ones.
    const chunks: Array<() => Promise<void>> = [];
    for (const { collection, deletes, puts } of writes) {
      const table = db[collection] as unknown as { bulkDelete(keys: string[]): Promise<void>; bulkPut(rows: PackEntity[]): Promise<unknown> };
      for (let i = 0; i < deletes.length; i += chunkSize) {
        const slice = deletes.slice(i, i + chunkSize);
        chunks.push(() => table.bulkDelete(slice).then(() => step(slice.length)));
      }
      for (let i = 0; i < puts.length; i += chunkSize) {
        const slice = puts.slice(i, i + chunkSize);
        chunks.push(() => table.bulkPut(slice).then(() => step(slice.length)));
      }
    }
    let next = 0;
    const lane = async () => {
      while (next < chunks.length) await chunks[next++]();
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, chunks.length) }, lane));
    const orphaned = await flagOrphans(db, plan.removedDeposits, plan.returningDepositIds, plan.pack.version, now);
    if (plan.gzip && (await db.packBodies.where(':id').equals(plan.pack.checksum).count()) === 0) {
      // The body was compressing while the rows were written; waitFor keeps the transaction open if it is not
      // done yet (a transaction commits as soon as it waits on anything but the database).
      const gzip = await Dexie.waitFor(plan.gzip, GZIP_WAIT_MS);
      await db.packBodies.put({ checksum: plan.pack.checksum, gzip, bytes: plan.textLength, storedAt: now });
    }
    const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, plan.pack[c].length])) as PackCounts;
    const entry: PackHistoryEntry = {
      kind: options.kind ?? plan.preview.kind,
      packId: plan.pack.packId,
      version: plan.pack.version,
      formatVersion: plan.pack.formatVersion,
      title: plan.pack.title,
      publisher: plan.pack.publisher,
      publishedAt: plan.pack.publishedAt,
      checksum: plan.pack.checksum,
      signer: { status: plan.preview.trust.status, keyId: plan.preview.trust.keyId, label: plan.preview.trust.label },
      appliedAt: now,
      counts,
      diff: summarizeDiff(plan, orphaned),
    };
    entry.seq = await db.packHistory.add(entry);
    return entry;

    function step(n: number) {
      progress.done += n;
      afterChunk({ ...progress });
      onProgress({ ...progress });
    }
  });
}

function orphanOf(deposit: Deposit, version: number, now: string): OrphanedDeposit {
  return {
    depositId: deposit.id,
    lastKnownName: deposit.name,
    lastKnownPosition: [deposit.location.lon, deposit.location.lat],
    removedInPackVersion: version,
    flaggedAt: now,
  };
}

/** Keeps every user record; marks the ones whose deposit left, unmarks the ones whose deposit came back. */
export async function flagOrphans(db: SteppeDatabase, removed: Deposit[], returning: string[], version: number, now: string) {
  const orphaned = { annotations: 0, drawings: 0, decks: 0 };
  if (removed.length > 0) {
    const byId = new Map(removed.map((d) => [d.id, d]));
    const ids = [...byId.keys()];
    orphaned.annotations = await db.annotations.where('depositId').anyOf(ids).modify((a) => {
      a.orphan = orphanOf(byId.get(a.depositId!)!, version, now);
    });
    orphaned.drawings = await db.drawings.where('depositId').anyOf(ids).modify((d) => {
      d.orphan = orphanOf(byId.get(d.depositId!)!, version, now);
    });
    orphaned.decks = await db.decks.where('depositIds').anyOf(ids).distinct().modify((deck) => {
      const flags = { ...(deck.orphanedDeposits ?? {}) };
      for (const id of deck.depositIds ?? []) if (byId.has(id)) flags[id] = orphanOf(byId.get(id)!, version, now);
      deck.orphanedDeposits = flags;
    });
  }
  if (returning.length > 0) {
    await db.annotations.where('depositId').anyOf(returning).modify((a) => {
      delete a.orphan;
    });
    await db.drawings.where('depositId').anyOf(returning).modify((d) => {
      delete d.orphan;
    });
    const back = new Set(returning);
    await db.decks.where('depositIds').anyOf(returning).distinct().modify((deck) => {
      if (!deck.orphanedDeposits) return;
      const flags = Object.fromEntries(Object.entries(deck.orphanedDeposits).filter(([id]) => !back.has(id)));
      if (Object.keys(flags).length > 0) deck.orphanedDeposits = flags;
      else delete deck.orphanedDeposits;
    });
  }
  return orphaned;
}

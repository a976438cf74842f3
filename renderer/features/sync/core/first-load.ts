// First run: a pack goes into an empty database with no preview to show, so each chunk of rows is checked while
// IndexedDB stores the chunks before it (the checks and the writes overlap instead of running one after the other).
// All of it is one transaction: a pack that fails any check leaves nothing behind. Anything unusual (a check
// fails, the database is not empty) falls back to the ordinary read → prepare → apply, which words the refusal.
import { Dexie } from 'dexie';
import { MAX_OPEN_FILE_BYTES } from '../../../../shared/ipc';
import {
  COLLECTIONS, entityKey, TRUSTED_KEYS, validateInPieces, verifyPack, type CollectionName, type Pack, type PackEntity, type TrustedKeys,
} from '../../../../shared/pack';
import { currentPack, type PackApplyKind, type PackCounts, type PackDiffSummary, type PackHistoryEntry, type SteppeDatabase } from '../../../db';
import { applyPlan, flagOrphans, type ApplyProgress } from './apply';
import { ChecksumInPieces } from './checksum-in-pieces';
import { gzipBody } from './compress';
import { preparePackFile } from './import';
import { decodeText, type ReadStage, type Refusal } from './read-pack';

/** `overlapped`: rows were checked while earlier ones were written; `ordinary`: read, prepared, then applied. */
export type FirstLoadResult = { ok: true; entry: PackHistoryEntry; path: 'overlapped' | 'ordinary' } | { ok: false; refusal: Refusal };

export interface FirstLoadOptions {
  kind?: PackApplyKind;
  trustedKeys?: TrustedKeys;
  onProgress?: (progress: ApplyProgress) => void;
  /** Told when the rows start being checked and when the checksum is; the file is being read before that. */
  onStage?: (stage: ReadStage) => void;
  /** Called inside the transaction after each chunk is stored; throwing aborts the load (used by tests). */
  afterChunk?: (progress: ApplyProgress) => void;
  chunkSize?: number;
}

const CHUNK = 2000;
/** Chunks handed to IndexedDB ahead of the one being checked. */
const IN_FLIGHT = 3;
const WAIT_MS = 10 * 60_000;

/** Thrown inside the transaction to undo it and take the ordinary path. */
class TakeOrdinaryPath extends Error {}

export async function loadIntoEmptyDatabase(db: SteppeDatabase, input: Uint8Array, options: FirstLoadOptions = {}): Promise<FirstLoadResult> {
  const kind = options.kind ?? 'first-run';
  const trustedKeys = options.trustedKeys ?? TRUSTED_KEYS;
  try {
    const entry = await loadFast(db, input, kind, trustedKeys, options);
    if (entry) return { ok: true, entry, path: 'overlapped' };
  } catch (error) {
    if (!(error instanceof TakeOrdinaryPath)) throw error;
  }
  const prepared = await preparePackFile(db, input, kind, { trustedKeys });
  if (!prepared.ok) return prepared;
  const entry = await applyPlan(db, prepared.plan, { kind, onProgress: options.onProgress, afterChunk: options.afterChunk });
  return { ok: true, entry, path: 'ordinary' };
}

/** The file as JSON and its length as text; the text itself (up to 200 MB as UTF-16) is let go once parsed. */
function parseFile(input: Uint8Array): { json: Record<string, unknown>; textLength: number } | null {
  const text = decodeText(input);
  if (text === null) return null;
  try {
    return { json: JSON.parse(text) as Record<string, unknown>, textLength: text.length };
  } catch {
    return null;
  }
}

async function loadFast(db: SteppeDatabase, input: Uint8Array, kind: PackApplyKind, trustedKeys: TrustedKeys, options: FirstLoadOptions): Promise<PackHistoryEntry | null> {
  const { onProgress = () => {}, afterChunk = () => {}, onStage = () => {}, chunkSize = CHUNK } = options;
  if (input.byteLength > MAX_OPEN_FILE_BYTES || (await currentPack(db))) return null;
  // Compressing for rollback starts first: it runs beside the reading (and the writes) and is awaited at the end.
  const gzip = gzipBody(input);
  gzip.catch(() => {});
  const file = parseFile(input);
  if (!file) return null;
  const { json, textLength } = file;
  onStage('validating');
  const pieces = validateInPieces(json);
  const header = pieces.header();
  if (!header) return null;
  const raw = Object.fromEntries(COLLECTIONS.map((c) => [c, json[c] as unknown[]])) as Record<CollectionName, unknown[]>;
  const total = COLLECTIONS.reduce((n, c) => n + raw[c].length, 0);
  const progress = { done: 0, total };
  onProgress({ ...progress });
  const now = new Date().toISOString();

  const tables = [...COLLECTIONS.map((c) => db[c]), db.packHistory, db.packBodies, db.annotations, db.drawings, db.decks];
  return db.transaction('rw', tables, async () => {
    if (await currentPack(db)) throw new TakeOrdinaryPath();
    const parsed = {} as Record<CollectionName, PackEntity[]>;
    const checksum = new ChecksumInPieces();
    const writing = new Set<Promise<void>>();
    for (const c of COLLECTIONS) {
      parsed[c] = [];
      const table = db[c] as unknown as { bulkPut(rows: PackEntity[]): Promise<unknown> };
      for (let i = 0; i < raw[c].length; i += chunkSize) {
        const rows = pieces.entities(c, raw[c].slice(i, i + chunkSize)) as PackEntity[] | null;
        if (!rows) throw new TakeOrdinaryPath();
        for (const row of rows) parsed[c].push(row);
        const write: Promise<void> = table.bulkPut(rows).then(() => {
          writing.delete(write);
          progress.done += rows.length;
          afterChunk({ ...progress });
          onProgress({ ...progress });
        });
        write.catch(() => {}); // a failed write is seen through the race or the final wait, not as unhandled
        writing.add(write);
        // This run's share of the checksum is worked out while IndexedDB stores it and the runs before it.
        checksum.add(c, rows);
        if (writing.size >= IN_FLIGHT) await Promise.race(writing);
      }
    }
    const pack = { ...header, ...parsed } as Pack;
    // The last chunks are stored while the references and the checksum are checked.
    onStage('verifying');
    if (!pieces.references(pack)) throw new TakeOrdinaryPath();
    const trust = await Dexie.waitFor(checksum.checksum(header).then((sum) => verifyPack(pack, trustedKeys, sum)), WAIT_MS);
    if (trust.status === 'bad-checksum' || trust.status === 'bad-signature') throw new TakeOrdinaryPath();
    await Promise.all(writing);
    const added = Object.fromEntries(COLLECTIONS.map((c) => [c, (pack[c] as PackEntity[]).map((e) => entityKey(c, e))])) as Record<CollectionName, string[]>;
    await flagOrphans(db, [], added.deposits, pack.version, now);
    await db.packBodies.put({ checksum: pack.checksum, gzip: await Dexie.waitFor(gzip, WAIT_MS), bytes: textLength, storedAt: now });
    const diff: PackDiffSummary = {
      fromVersion: null,
      toVersion: pack.version,
      totals: { added: total, removed: 0, changed: 0 },
      collections: Object.fromEntries(
        COLLECTIONS.map((c): [CollectionName, PackDiffSummary['collections'][CollectionName]] => [c, { added: added[c], removed: [], changed: [] }]),
      ) as PackDiffSummary['collections'],
      orphaned: { annotations: 0, drawings: 0, decks: 0 },
    };
    const entry: PackHistoryEntry = {
      kind, packId: pack.packId, version: pack.version, formatVersion: pack.formatVersion, title: pack.title,
      publisher: pack.publisher, publishedAt: pack.publishedAt, checksum: pack.checksum,
      signer: { status: trust.status, keyId: trust.keyId, label: trust.label },
      appliedAt: now,
      counts: Object.fromEntries(COLLECTIONS.map((c) => [c, pack[c].length])) as PackCounts,
      diff,
    };
    entry.seq = await db.packHistory.add(entry);
    return entry;
  });
}

// Before anything is written: compare the incoming pack with the current one and say what would happen.
import {
  COLLECTIONS, diffPacks, entityKey, type CollectionName, type Deposit, type Pack, type PackDiff, type VerifyResult,
} from '../../../../shared/pack';
import type { PackApplyKind, PackDiffSummary, SteppeDatabase } from '../../../db';
import { gzipBody } from './compress';
import { readCurrentPack } from './current-pack';
import { entityLabel, type EntityLabel } from './labels';

/** How the incoming pack relates to the one in the database. */
export type PackRelation = 'first' | 'newer' | 'same' | 'older' | 'other-pack';

export interface PackHeader {
  packId: string;
  title: string;
  version: number;
  publisher: string;
  publishedAt: string;
  checksum: string;
}

export interface PreviewChange { path: string; before: unknown; after: unknown }
export interface PreviewItem { id: string; label: EntityLabel; changes?: PreviewChange[] }
export interface CollectionPreview {
  added: PreviewItem[];
  removed: PreviewItem[];
  changed: PreviewItem[];
  /** Full counts (the lists above stop at PREVIEW_LIMIT). */
  counts: { added: number; removed: number; changed: number };
}

export interface OrphanPreview {
  kind: 'annotation' | 'drawing' | 'deck';
  id: string;
  depositId: string;
  depositLabel: EntityLabel;
}

/** Everything the preview dialog shows; small and serialisable (crosses the worker boundary). */
export interface ImportPreview {
  kind: PackApplyKind;
  incoming: PackHeader;
  current: PackHeader | null;
  relation: PackRelation;
  trust: VerifyResult;
  totals: PackDiff['totals'];
  collections: Record<CollectionName, CollectionPreview>;
  orphans: OrphanPreview[];
  /** Entities in the incoming pack, per collection. */
  counts: Record<CollectionName, number>;
}

/** A prepared import: the preview plus what apply needs. Lives where it was prepared (the worker). */
export interface ImportPlan {
  preview: ImportPreview;
  pack: Pack;
  /** Length of the pack file as text (kept in history with its compressed body). */
  textLength: number;
  diff: PackDiff;
  /** Checksum of the pack the diff was computed against; apply refuses if the database moved on. */
  baseChecksum: string | null;
  removedDeposits: Deposit[];
  /** Deposits present again (so orphan flags are lifted). */
  returningDepositIds: string[];
  /** The body compressed for rollback (null when the database already keeps it); started once the preview
   *  is ready, so it runs while the user reads it, and apply writes the rows while it finishes. */
  gzip: Promise<Uint8Array> | null;
}

export const PREVIEW_LIMIT = 200;

export function headerOf(pack: Pack): PackHeader {
  const { packId, title, version, publisher, publishedAt, checksum } = pack;
  return { packId, title, version, publisher, publishedAt, checksum };
}

export function relationOf(current: PackHeader | null, incoming: PackHeader): PackRelation {
  if (!current) return 'first';
  if (current.packId !== incoming.packId) return 'other-pack';
  if (incoming.version > current.version) return 'newer';
  return incoming.version === current.version ? 'same' : 'older';
}

const EMPTY_PACK = { sources: [], countries: [], deposits: [], facilities: [], corridors: [], events: [], indicators: [] };

export async function prepareImport(
  db: SteppeDatabase,
  read: { pack: Pack; trust: VerifyResult; body: Uint8Array | string; textLength: number },
  kind: PackApplyKind,
): Promise<ImportPlan> {
  const current = await readCurrentPack(db);
  const base = current?.pack ?? ({ ...read.pack, ...EMPTY_PACK } as Pack);
  const diff = diffPacks(base, read.pack);
  const collections = {} as Record<CollectionName, CollectionPreview>;
  const counts = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) {
    const d = diff.collections[c];
    const after = new Map(read.pack[c].map((e) => [entityKey(c, e), e]));
    collections[c] = {
      added: d.added.slice(0, PREVIEW_LIMIT).map(({ id, entity }) => ({ id, label: entityLabel(c, entity) })),
      removed: d.removed.slice(0, PREVIEW_LIMIT).map(({ id, entity }) => ({ id, label: entityLabel(c, entity) })),
      changed: d.changed.slice(0, PREVIEW_LIMIT).map(({ id, changes }) => ({
        id, label: entityLabel(c, after.get(id)!), changes: changes.slice(0, 30).map(trimChange),
      })),
      counts: { added: d.added.length, removed: d.removed.length, changed: d.changed.length },
    };
    counts[c] = read.pack[c].length;
  }
  const removedDeposits = diff.collections.deposits.removed.map((r) => r.entity);
  const returningDepositIds = diff.collections.deposits.added.map((a) => a.id);
  const orphans = await findOrphans(db, removedDeposits);
  const currentHeader = current ? { ...headerOf(current.pack) } : null;
  // Compressing competes with the steps above for this thread; started now it does not delay the preview.
  const stored = (await db.packBodies.where(':id').equals(read.pack.checksum).count()) > 0;
  const gzip = stored ? null : gzipBody(read.body);
  gzip?.catch(() => {}); // a discarded plan must not leave an unhandled rejection; apply awaits it again
  const incoming = headerOf(read.pack);
  return {
    preview: {
      kind, incoming, current: currentHeader, relation: relationOf(currentHeader, incoming), trust: read.trust,
      totals: diff.totals, collections, orphans, counts,
    },
    pack: read.pack,
    textLength: read.textLength,
    diff,
    baseChecksum: current?.entry.checksum ?? null,
    removedDeposits,
    returningDepositIds,
    gzip,
  };
}

function trimChange(change: PreviewChange): PreviewChange {
  const trim = (v: unknown) => {
    const s = JSON.stringify(v);
    return s !== undefined && s.length > 400 ? `${s.slice(0, 400)}…` : v;
  };
  return { path: change.path, before: trim(change.before), after: trim(change.after) };
}

/** User records that reference a deposit the incoming pack drops. */
export async function findOrphans(db: SteppeDatabase, removed: Deposit[]): Promise<OrphanPreview[]> {
  if (removed.length === 0) return [];
  const byId = new Map(removed.map((d) => [d.id, d]));
  const ids = [...byId.keys()];
  const label = (id: string) => entityLabel('deposits', byId.get(id)!);
  const [annotations, drawings, decks] = await Promise.all([
    db.annotations.where('depositId').anyOf(ids).toArray(),
    db.drawings.where('depositId').anyOf(ids).toArray(),
    db.decks.where('depositIds').anyOf(ids).distinct().toArray(),
  ]);
  return [
    ...annotations.map((a) => ({ kind: 'annotation' as const, id: a.id, depositId: a.depositId!, depositLabel: label(a.depositId!) })),
    ...drawings.map((d) => ({ kind: 'drawing' as const, id: d.id, depositId: d.depositId!, depositLabel: label(d.depositId!) })),
    ...decks.flatMap((k) =>
      (k.depositIds ?? []).filter((id) => byId.has(id)).map((id) => ({ kind: 'deck' as const, id: k.id, depositId: id, depositLabel: label(id) })),
    ),
  ];
}

/** The part of the diff kept in history forever: ids and changed field paths. */
export function summarizeDiff(plan: ImportPlan, orphaned: PackDiffSummary['orphaned']): PackDiffSummary {
  const collections = {} as PackDiffSummary['collections'];
  for (const c of COLLECTIONS) {
    const d = plan.diff.collections[c];
    collections[c] = {
      added: d.added.map((a) => a.id),
      removed: d.removed.map((r) => ({ id: r.id, name: entityLabel(c, r.entity) })),
      changed: d.changed.map((ch) => ({ id: ch.id, fields: [...new Set(ch.changes.map((f) => f.path.split(/[.[]/)[0]))] })),
    };
  }
  return {
    fromVersion: plan.preview.current?.version ?? null,
    toVersion: plan.pack.version,
    totals: plan.diff.totals,
    collections,
    orphaned,
  };
}

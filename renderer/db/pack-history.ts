// What the pack history table holds: one row per applied pack (import, first run, rollback, re-apply).
import type { CollectionName } from '../../shared/pack';
import type { VerifyStatus } from '../../shared/pack';

export type PackCounts = Record<CollectionName, number>;

/** The diff that was applied, small enough to keep forever (ids, not entities). */
export interface PackDiffSummary {
  fromVersion: number | null;
  toVersion: number;
  totals: { added: number; removed: number; changed: number };
  collections: Record<CollectionName, {
    added: string[];
    /** Removed entities keep their name: they are no longer in the tables to look up. */
    removed: Array<{ id: string; name: { en: string; ko?: string; mn?: string } }>;
    changed: Array<{ id: string; fields: string[] }>;
  }>;
  /** Annotations, drawings and decks that lost their deposit in this apply. */
  orphaned: { annotations: number; drawings: number; decks: number };
}

export type PackApplyKind = 'first-run' | 'import' | 'reapply' | 'rollback' | 'bundled-update';

export interface PackHistoryEntry {
  /** Auto-increment: order of application. The highest is the pack currently in the tables. */
  seq?: number;
  kind: PackApplyKind;
  packId: string;
  version: number;
  formatVersion: number;
  title: string;
  publisher: string;
  publishedAt: string;
  checksum: string;
  signer: { status: VerifyStatus; keyId?: string; label?: string };
  appliedAt: string;
  counts: PackCounts;
  diff: PackDiffSummary;
}

/** The whole pack as applied, gzip-compressed canonical JSON, so rollback works offline. Keyed by checksum. */
export interface PackBodyRecord {
  checksum: string;
  /** gzip of the pack's JSON text (UTF-8). */
  gzip: Uint8Array;
  bytes: number;
  storedAt: string;
}

// User data, kept apart from pack content: it survives every pack import, rollback and restore.
// Owners of each feature extend these interfaces; keep `id` (a UUID) and `updatedAt` (ISO 8601).
import type { LocalizedName, Position } from '../../shared/pack';

/** Fields every user record has. */
export interface UserRecord {
  /** crypto.randomUUID() */
  id: string;
  /** ISO 8601 timestamp of the last change; backups merge on it. */
  updatedAt: string;
}

/**
 * Set on a user record whose deposit disappeared from the pack: the record is kept, and this is
 * what the user last knew of the deposit so the note can still be placed and named.
 */
export interface OrphanedDeposit {
  depositId: string;
  lastKnownName: LocalizedName;
  /** [lon, lat] */
  lastKnownPosition: Position;
  /** Version of the pack that no longer has the deposit. */
  removedInPackVersion: number;
  flaggedAt: string;
}

export interface AnnotationRecord extends UserRecord {
  createdAt?: string;
  /** The deposit the annotation is about, if any (indexed). */
  depositId?: string;
  /** Present while the deposit is missing from the current pack. */
  orphan?: OrphanedDeposit;
}

export interface DrawingLayerRecord extends UserRecord {
  name?: string;
}

export interface DrawingRecord extends UserRecord {
  layerId?: string;
  depositId?: string;
  orphan?: OrphanedDeposit;
}

export interface DeckRecord extends UserRecord {
  title?: string;
  /** Every deposit any slide of the deck references (indexed, multi-entry). */
  depositIds?: string[];
  /** Deposits referenced by the deck that the current pack no longer has, keyed by id. */
  orphanedDeposits?: Record<string, OrphanedDeposit>;
}

/** Settings are one row per key: `{ id: 'authorName', value: 'Bolormaa' }`. */
export interface SettingRecord<K extends SettingKey = SettingKey> {
  id: K;
  value: Settings[K];
  updatedAt: string;
}

/** Known settings and their value types. Add yours here. */
export interface Settings {
  authorName: string;
}
export type SettingKey = keyof Settings;

/** The user-data tables, in backup order. */
export const USER_TABLES = ['annotations', 'drawingLayers', 'drawings', 'decks', 'settings'] as const;
export type UserTableName = (typeof USER_TABLES)[number];

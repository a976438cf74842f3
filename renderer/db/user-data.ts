// User data, kept apart from pack content: it survives every pack import, rollback and restore.
// Owners of each feature extend these interfaces; keep `id` (a UUID) and `updatedAt` (ISO 8601).
import type { LocalizedName, Position } from '../../shared/pack';
import type { DrawingShape } from '../../shared/interchange';

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
  /** What the note is about; deposits also set depositId. `name` is the name when annotated, for display if it goes. */
  target?: AnnotationTarget;
  /** Markdown subset, rendered as React elements (never as HTML). */
  body?: string;
  tags?: string[];
  flags?: AnnotationFlag[];
  author?: string;
  /** Earlier versions, newest first, capped (renderer/features/annotations/model.ts). */
  history?: AnnotationVersion[];
}

export type AnnotationTargetKind = 'deposit' | 'facility' | 'corridor';
export interface AnnotationTarget {
  kind: AnnotationTargetKind;
  id: string;
  name?: LocalizedName;
}

/** A coloured flag: a preset id ('priority', 'verify', 'partner:KR') or free text. */
export interface AnnotationFlag {
  id: string;
  /** #rrggbb */
  color: string;
}

export interface AnnotationVersion {
  body: string;
  tags: string[];
  flags: AnnotationFlag[];
  author: string;
  /** When this version was replaced. */
  savedAt: string;
  /** When this version was written. */
  writtenAt: string;
}

export interface DrawingLayerRecord extends UserRecord {
  name?: string;
  createdAt?: string;
  visible?: boolean;
  /** Where an imported layer came from. */
  importedFrom?: { fileName: string; format: string; importedAt: string };
}

export interface DrawingRecord extends UserRecord {
  layerId?: string;
  depositId?: string;
  orphan?: OrphanedDeposit;
  createdAt?: string;
  /** The geometry, words and style (shared/interchange), as exported to GeoJSON and KML. */
  shape?: DrawingShape;
}

export interface DeckRecord extends UserRecord {
  title?: string;
  author?: string;
  /** The briefing date, YYYY-MM-DD. */
  date?: string;
  /** Language the deck is written in (en, ko, mn). */
  language?: string;
  createdAt?: string;
  /** Ordered slides; their shape is owned by renderer/features/slides (model.ts, parsed with zod on read). */
  slides?: unknown[];
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
  /** Checksum of a bundled pack the user chose not to apply now (features/sync). */
  dismissedBundledPack: string;
  /** Named corridor-analysis scenarios (renderer/features/analysis); parse with SavedScenarioSchema on read. */
  analysisScenarios: unknown[];
}
export type SettingKey = keyof Settings;

/** The user-data tables, in backup order. */
export const USER_TABLES = ['annotations', 'drawingLayers', 'drawings', 'decks', 'settings'] as const;
export type UserTableName = (typeof USER_TABLES)[number];

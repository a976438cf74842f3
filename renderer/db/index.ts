/**
 * Steppe Atlas local database (Dexie over IndexedDB). The app's truth: the map, panels and slides read it
 * with `useLiveQuery`; zustand never holds domain data.
 *
 * Tables
 *   Pack content (replaced as a whole by every pack apply, typed exactly as in shared/pack):
 *     deposits    Deposit     key id    indexes status, aimag, primaryGroup, strategic, confidence, *commodities, *partnerCountries
 *     facilities  Facility    key id    indexes kind, country, *depositIds
 *     corridors   Corridor    key id    indexes mode, status, *transitCountries, *nodeIds
 *     countries   Country     key code  indexes *roles
 *     events      PackEvent   key id    indexes date, kind, *countryCodes, *depositIds
 *     indicators  Indicator   key id    indexes period, *countryCodes
 *     sources     Source      key id    indexes kind
 *   Pack history:
 *     packHistory PackHistoryEntry  key ++seq (highest = current pack)  indexes packId, version, appliedAt, checksum
 *     packBodies  PackBodyRecord    key checksum (gzip of each applied pack, for offline rollback)
 *   User data (survives every import; see ./user-data.ts, extend the interfaces there):
 *     annotations AnnotationRecord   key id (UUID)  indexes updatedAt, depositId, orphan.depositId (v2, sparse)
 *     drawingLayers DrawingLayerRecord key id       indexes updatedAt
 *     drawings    DrawingRecord      key id         indexes updatedAt, layerId, depositId, orphan.depositId (v2)
 *     decks       DeckRecord         key id         indexes updatedAt, *depositIds
 *     settings    SettingRecord      key = setting name ('authorName')
 *   Caches (not user data: never backed up, may be cleared at any time):
 *     printPictures PrintPictureRecord key (hash of what the picture shows)  indexes pack, usedAt (v3)
 *
 * Usage
 *   import { db } from '../../db';
 *   const deposits = useLiveQuery(() => db.deposits.where('commodities').equals('Cu').toArray(), []);
 *   const current = useLiveQuery(() => currentPack(db));   // PackHistoryEntry | undefined
 *   const author = useSetting(db, 'authorName');            // writeSetting(db, 'authorName', 'Bolormaa')
 *   Tests: const db = openDatabase(`test-${crypto.randomUUID()}`) with `import 'fake-indexeddb/auto'`.
 *
 * Orphans: `db.annotations.where('orphan.depositId').above('').toArray()` lists notes whose deposit left the pack.
 *
 * Versions: the database version (DB_VERSION, one file per version in ./schema with its upgrade) is not the
 * pack format version (SUPPORTED_FORMAT_VERSIONS in shared/pack); both are checked.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  CollectionName, Corridor, Country, Deposit, Facility, Indicator, PackEvent, Source,
} from '../../shared/pack';
import type { PackBodyRecord, PackHistoryEntry } from './pack-history';
import type { PrintPictureRecord } from './caches';
import type { AnnotationRecord, DeckRecord, DrawingLayerRecord, DrawingRecord, SettingRecord } from './user-data';
import { declareSchema, DB_VERSION } from './schema';

export type SteppeDatabase = Dexie & {
  deposits: EntityTable<Deposit, 'id'>;
  facilities: EntityTable<Facility, 'id'>;
  corridors: EntityTable<Corridor, 'id'>;
  countries: EntityTable<Country, 'code'>;
  events: EntityTable<PackEvent, 'id'>;
  indicators: EntityTable<Indicator, 'id'>;
  sources: EntityTable<Source, 'id'>;
  packHistory: EntityTable<PackHistoryEntry, 'seq'>;
  packBodies: EntityTable<PackBodyRecord, 'checksum'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  drawingLayers: EntityTable<DrawingLayerRecord, 'id'>;
  drawings: EntityTable<DrawingRecord, 'id'>;
  decks: EntityTable<DeckRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'id'>;
  printPictures: EntityTable<PrintPictureRecord, 'key'>;
};

export const DEFAULT_DB_NAME = 'steppe-atlas';

/** Opens (lazily) a database with the full, current schema. Pass a unique name in tests. */
export function openDatabase(name: string = DEFAULT_DB_NAME): SteppeDatabase {
  const database = new Dexie(name) as SteppeDatabase;
  declareSchema(database);
  return database;
}

/** The app's database. */
export const db: SteppeDatabase = openDatabase();

/** The pack currently in the tables: the last history entry, or undefined before the first load. */
export function currentPack(database: SteppeDatabase = db): Promise<PackHistoryEntry | undefined> {
  return database.packHistory.orderBy('seq').last();
}

/** Pack content tables, in the pack's collection order. */
export function packTables(database: SteppeDatabase): Array<[CollectionName, SteppeDatabase[CollectionName]]> {
  return (['sources', 'countries', 'deposits', 'facilities', 'corridors', 'events', 'indicators'] as const).map((c) => [c, database[c]]);
}

export { DB_VERSION };
export type { PackBodyRecord, PackHistoryEntry, PackApplyKind, PackCounts, PackDiffSummary } from './pack-history';
export type {
  AnnotationRecord, DeckRecord, DrawingLayerRecord, DrawingRecord, OrphanedDeposit, SettingKey, SettingRecord, Settings,
  UserRecord, UserTableName,
} from './user-data';
export { USER_TABLES } from './user-data';
export type { PrintPictureRecord } from './caches';
export { readSetting, writeSetting, useSetting } from './settings';

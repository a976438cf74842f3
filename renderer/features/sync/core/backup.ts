// Backup of all user data (annotations, drawing layers, drawings, decks, settings) to one versioned JSON file,
// and restore from it with a preview (merge or replace), validated like a pack, applied in one transaction.
import { z } from 'zod';
import { checkShapeBounds, deepEqual, MAX_DEPTH } from '../../../../shared/pack';
import { USER_TABLES, type SteppeDatabase, type UserTableName } from '../../../db';

export const BACKUP_FORMAT = 'steppe-atlas-backup';
export const BACKUP_VERSION = 1;
export const SUPPORTED_BACKUP_VERSIONS: readonly number[] = [1];

// Records keep every field their feature stores (loose), but must have what merging relies on.
const UserRecord = z.looseObject({ id: z.string().min(1), updatedAt: z.string().min(1) });
const Tables = z.strictObject(Object.fromEntries(USER_TABLES.map((t) => [t, z.array(UserRecord)])) as Record<UserTableName, z.ZodArray<typeof UserRecord>>);

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  backupVersion: z.number().int(),
  createdAt: z.string(),
  appVersion: z.string().optional(),
  databaseVersion: z.number().int(),
  tables: Tables,
});
export type Backup = z.infer<typeof BackupSchema>;
type Row = z.infer<typeof UserRecord>;

export type BackupRefusal = { code: 'not-json' | 'not-a-backup' | 'unsupported' | 'invalid'; details: string[]; values?: { found?: string; versions?: string; count?: number } };

export async function exportBackup(db: SteppeDatabase, appVersion?: string, now = new Date()): Promise<Backup> {
  return db.transaction('r', USER_TABLES.map((t) => db[t]), async () => {
    const tables = {} as Record<UserTableName, Row[]>;
    for (const t of USER_TABLES) tables[t] = (await db[t].toArray()) as Row[];
    return { format: BACKUP_FORMAT, backupVersion: BACKUP_VERSION, createdAt: now.toISOString(), appVersion, databaseVersion: db.verno, tables };
  });
}

export function backupFileName(now = new Date()): string {
  return `steppe-atlas-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** True when the text looks like a backup (so a dropped file goes to restore, not to pack import). */
export function looksLikeBackup(text: string): boolean {
  return text.slice(0, 200).includes(`"${BACKUP_FORMAT}"`);
}

export function readBackup(text: string): { ok: true; backup: Backup } | { ok: false; refusal: BackupRefusal } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, refusal: { code: 'not-json', details: [String(error)] } };
  }
  const header = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (header.format !== BACKUP_FORMAT) return { ok: false, refusal: { code: 'not-a-backup', details: [] } };
  if (typeof header.backupVersion !== 'number' || !SUPPORTED_BACKUP_VERSIONS.includes(header.backupVersion))
    return { ok: false, refusal: { code: 'unsupported', details: [], values: { found: String(header.backupVersion), versions: SUPPORTED_BACKUP_VERSIONS.join(', ') } } };
  // Records are kept loose, so bound their shape: a hostile file must not store junk so deep that reading
  // the table back later overflows the stack (found by test/unit/user-files.fuzz.test.ts).
  if (checkShapeBounds(json)) return { ok: false, refusal: { code: 'invalid', details: [`(backup): nested deeper than ${MAX_DEPTH} levels`], values: { count: 1 } } };
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 50).map((i) => `${i.path.join('.')}: ${i.message}`);
    return { ok: false, refusal: { code: 'invalid', details, values: { count: parsed.error.issues.length } } };
  }
  // Keep the records exactly as written (field order included); the schema only vouches for them.
  return { ok: true, backup: json as Backup };
}

export type RestoreMode = 'merge' | 'replace';
export interface RestorePreview {
  createdAt: string;
  counts: Record<UserTableName, number>;
  merge: { added: number; updated: number; unchanged: number; keptLocal: number };
  /** Local records a replace would delete (all of them, including those the backup also holds). */
  replaceDeletes: number;
}

export async function previewRestore(db: SteppeDatabase, backup: Backup): Promise<RestorePreview> {
  const merge = { added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
  let replaceDeletes = 0;
  const counts = {} as Record<UserTableName, number>;
  for (const t of USER_TABLES) {
    const rows = backup.tables[t];
    counts[t] = rows.length;
    replaceDeletes += await db[t].count();
    const table = db[t] as unknown as { bulkGet(keys: string[]): Promise<Array<Row | undefined>> };
    const local = new Map((await table.bulkGet(rows.map((r) => r.id))).map((r, i) => [rows[i].id, r]));
    for (const row of rows) {
      const mine = local.get(row.id);
      if (!mine) merge.added++;
      else if (deepEqual(mine, row)) merge.unchanged++;
      else if (row.updatedAt > mine.updatedAt) merge.updated++;
      else merge.keptLocal++;
    }
  }
  return { createdAt: backup.createdAt, counts, merge, replaceDeletes };
}

/** Restores in one transaction: merge keeps the newer copy of each record; replace clears user tables first. */
export async function restoreBackup(db: SteppeDatabase, backup: Backup, mode: RestoreMode): Promise<void> {
  await db.transaction('rw', USER_TABLES.map((t) => db[t]), async () => {
    for (const t of USER_TABLES) {
      const table = db[t] as unknown as { clear(): Promise<void>; bulkPut(rows: Row[]): Promise<unknown>; bulkGet(keys: string[]): Promise<Array<Row | undefined>> };
      const rows = backup.tables[t];
      if (mode === 'replace') {
        await table.clear();
        await table.bulkPut(rows);
        continue;
      }
      const local = await table.bulkGet(rows.map((r) => r.id));
      await table.bulkPut(rows.filter((row, i) => !local[i] || row.updatedAt > local[i]!.updatedAt));
    }
  });
}

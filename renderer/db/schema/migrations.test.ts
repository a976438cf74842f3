import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openDatabase, type SteppeDatabase } from '..';
import v1Fixture from './fixtures/v1-database.json';
import { declareV1 } from './v1';

let database: SteppeDatabase | undefined;
afterEach(async () => database?.delete());

const USER_TABLES = ['annotations', 'drawingLayers', 'drawings', 'decks', 'settings'] as const;

async function writeAsV1(name: string): Promise<void> {
  const old = new Dexie(name);
  declareV1(old);
  await old.open();
  for (const [table, rows] of Object.entries(v1Fixture.tables)) await old.table(table).bulkAdd(rows);
  expect(old.verno).toBe(1);
  old.close();
}

describe('migrations', () => {
  it('opens a database written by version 1 and finds every user record intact', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await writeAsV1(name);
    database = openDatabase(name);
    await database.open();
    expect(database.verno).toBe(DB_VERSION);
    for (const table of USER_TABLES) {
      const rows = await database.table(table).toArray();
      const expected = v1Fixture.tables[table] as Array<Record<string, unknown>>;
      expect(rows.length, table).toBe(expected.length);
      for (const row of expected) expect(await database.table(table).get(row.id as string), `${table} ${String(row.id)}`).toMatchObject(row);
    }
    expect(await database.deposits.count()).toBe(1);
    expect((await database.packHistory.toArray()).map((h) => h.version)).toEqual([1]);
  });

  it('v2 gives target-only annotations their depositId and indexes orphans', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await writeAsV1(name);
    database = openDatabase(name);
    const onDeposit = await database.annotations.where('depositId').equals('oyu-tolgoi').primaryKeys();
    expect(onDeposit.sort()).toEqual(['6f1c0d1e-0000-4000-8000-000000000001', '6f1c0d1e-0000-4000-8000-000000000002']);
    expect(await database.annotations.where('orphan.depositId').equals('khotgor-ree').count()).toBe(1);
    expect(await database.annotations.where('orphan.depositId').above('').count()).toBe(1);
  });
});

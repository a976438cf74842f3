import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SteppeDatabase } from '..';
import v1Fixture from './fixtures/v1-database.json';
import { declareV1 } from './v1';
import { declareV2 } from './v2';

let database: SteppeDatabase | undefined;
afterEach(async () => database?.delete());

/** Writes the v1 fixture through a version-2 database, as the app before the picture cache left it. */
async function writeAsV2(name: string): Promise<void> {
  const old = new Dexie(name);
  declareV1(old);
  declareV2(old);
  await old.open();
  for (const [table, rows] of Object.entries(v1Fixture.tables)) await old.table(table).bulkAdd(rows);
  expect(old.verno).toBe(2);
  old.close();
}

describe('database v3: print picture cache', () => {
  it('opens a version-2 database with every deck intact and an empty picture cache that keeps pictures', async () => {
    const name = `v3-${crypto.randomUUID()}`;
    await writeAsV2(name);
    database = openDatabase(name);
    await database.open();
    expect(database.verno).toBeGreaterThanOrEqual(3);
    expect(await database.decks.count()).toBe(v1Fixture.tables.decks.length);
    expect(await database.printPictures.count()).toBe(0);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    await database.printPictures.put({ key: 'k', pack: 'sha-a', jpeg, width: 1480, height: 1000, cssWidth: 740, usedAt: 1 });
    expect(await database.printPictures.where('pack').notEqual('sha-a').count()).toBe(0);
    expect((await database.printPictures.get('k'))?.jpeg).toEqual(jpeg);
  });
});

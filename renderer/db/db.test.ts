import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { currentPack, DB_VERSION, openDatabase, type SteppeDatabase } from '.';

let database: SteppeDatabase;
afterEach(async () => database?.delete());

describe('database schema', () => {
  it('answers the queries the map makes through its indexes', async () => {
    database = openDatabase(`db-${crypto.randomUUID()}`);
    const base = {
      name: { en: 'X' }, location: { lat: 45, lon: 105, precisionKm: 1, confidence: 'high' as const }, aimag: 'Ömnögovi',
      depositType: 'porphyry', owners: [], strategic: 'yes' as const, estimates: [], confidence: 'high' as const, sourceIds: ['s'],
    };
    await database.deposits.bulkPut([
      { ...base, id: 'a', commodities: ['Cu', 'Au'], status: 'producing', partnerCountries: ['KR'] },
      { ...base, id: 'b', commodities: ['REE'], status: 'exploration', partnerCountries: ['KR', 'JP'] },
    ]);
    expect((await database.deposits.where('commodities').equals('Au').primaryKeys())).toEqual(['a']);
    expect((await database.deposits.where('partnerCountries').equals('KR').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect((await database.deposits.where('status').equals('exploration').primaryKeys())).toEqual(['b']);
    expect(database.verno).toBe(DB_VERSION);
    expect(await currentPack(database)).toBeUndefined();
  });
});

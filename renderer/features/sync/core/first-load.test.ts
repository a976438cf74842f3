import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../../shared/pack';
import { currentPack, type SteppeDatabase } from '../../../db';
import { applyPlan } from './apply';
import { loadIntoEmptyDatabase } from './first-load';
import { preparePackFile } from './import';
import { databaseHash, freshDatabase, signedPack, testKeys } from './test-support';

const databases: SteppeDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((d) => d.delete()));
});
function database() {
  const db = freshDatabase();
  databases.push(db);
  return db;
}
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const packTables = (hash: Record<string, string>) => Object.fromEntries(COLLECTIONS.map((c) => [c, hash[c]]));

describe('first run: checking rows while earlier ones are written', () => {
  it('stores exactly what the ordinary import stores, with its history entry and rollback copy', async () => {
    const pack = await signedPack({ deposits: 450 });
    const trustedKeys = (await testKeys()).trusted;
    const fast = database();
    const seen: number[] = [];
    const result = await loadIntoEmptyDatabase(fast, bytes(pack), { trustedKeys, chunkSize: 100, onProgress: (p) => seen.push(p.done) });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.path).toBe('overlapped');

    const ordinary = database();
    const prepared = await preparePackFile(ordinary, JSON.stringify(pack), 'first-run', { trustedKeys });
    if (!prepared.ok) throw new Error(prepared.refusal.code);
    const expected = await applyPlan(ordinary, prepared.plan);

    expect(packTables(await databaseHash(fast))).toEqual(packTables(await databaseHash(ordinary)));
    const { appliedAt: _a, seq: _s, ...entry } = result.entry;
    const { appliedAt: _b, seq: _t, ...wanted } = expected;
    expect(entry).toEqual(wanted);
    expect(entry.signer.status).toBe('verified');
    expect(await fast.packBodies.count()).toBe(1);
    expect(seen.at(-1)).toBe(Object.values(entry.counts).reduce((a, b) => a + b, 0));
    expect(seen.length).toBeGreaterThan(4);
  });

  it('refuses a pack with one bad row deep inside, in the ordinary words, and leaves the database empty', async () => {
    const pack = await signedPack({ deposits: 450 });
    const broken = { ...pack, deposits: pack.deposits.map((d, i) => (i === 321 ? { ...d, location: { ...d.location, lat: 123 } } : d)) };
    const db = database();
    const before = await databaseHash(db);
    const result = await loadIntoEmptyDatabase(db, bytes(broken), { trustedKeys: (await testKeys()).trusted, chunkSize: 100 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe('invalid');
      expect(result.refusal.details.join('\n')).toContain('deposits[321].location.lat');
    }
    expect(await databaseHash(db)).toEqual(before);
  });

  it('refuses a pack whose content does not match its checksum, after checking every row, with nothing written', async () => {
    const pack = await signedPack({ deposits: 300 });
    const tampered = { ...pack, deposits: pack.deposits.map((d, i) => (i === 250 ? { ...d, aimag: 'Dornogovi-edited' } : d)) };
    const db = database();
    const before = await databaseHash(db);
    const result = await loadIntoEmptyDatabase(db, bytes(tampered), { trustedKeys: (await testKeys()).trusted, chunkSize: 100 });
    expect(result.ok ? 'loaded' : result.refusal.code).toBe('bad-checksum');
    expect(await databaseHash(db)).toEqual(before);
  });

  it('leaves the database exactly as it was when writing fails half-way', async () => {
    const pack = await signedPack({ deposits: 450 });
    const db = database();
    const before = await databaseHash(db);
    const failing = loadIntoEmptyDatabase(db, bytes(pack), {
      trustedKeys: (await testKeys()).trusted,
      chunkSize: 100,
      afterChunk: (p) => {
        if (p.done > p.total / 2) throw new Error('disk full (test)');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await databaseHash(db)).toEqual(before);
    expect(await currentPack(db)).toBeUndefined();
  });

  it('takes the ordinary path when the database already holds a pack', async () => {
    const db = database();
    const trustedKeys = (await testKeys()).trusted;
    await loadIntoEmptyDatabase(db, bytes(await signedPack({ deposits: 20 })), { trustedKeys });
    const second = await loadIntoEmptyDatabase(db, bytes(await signedPack({ deposits: 25, version: 2 })), { trustedKeys });
    expect(second.ok && second.path).toBe('ordinary');
    expect(second.ok && second.entry.diff).toMatchObject({ fromVersion: 1, totals: { added: 5, removed: 0, changed: 0 } });
    expect(await db.deposits.count()).toBe(25);
  });
});

// The pack body kept for rollback: compressed once, from the file's own bytes, written in the same
// transaction as the rows even when compressing outlasts the writes, and never half-written.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { currentPack, type SteppeDatabase } from '../../../db';
import { applyPlan } from './apply';
import { gunzipText } from './compress';
import { preparePackFile } from './import';
import type { ImportPlan } from './plan';
import { prepareRollback } from './rollback';
import { databaseHash, freshDatabase, signedPack, testKeys } from './test-support';

let db: SteppeDatabase;
afterEach(async () => db?.delete());

async function prepare(file: Uint8Array | string): Promise<ImportPlan> {
  const result = await preparePackFile(db, file, 'import', { trustedKeys: (await testKeys()).trusted });
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.details.join('; ')}`);
  return result.plan;
}

const bytesOf = (text: string, bom = false) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

describe('the kept pack body', () => {
  it('is the file as opened (bytes with a BOM, Mongolian and Korean names) and rolls back to the same pack', async () => {
    db = freshDatabase();
    const v1 = await signedPack({ deposits: 6, title: 'Хайгуулын багц — 광물 팩' });
    const text = JSON.stringify(v1);
    await applyPlan(db, await prepare(bytesOf(text, true)));
    const body = await db.packBodies.get(v1.checksum);
    expect(body?.bytes).toBe(text.length);
    expect(JSON.parse(await gunzipText(body!.gzip))).toEqual(v1);

    await applyPlan(db, await prepare(bytesOf(JSON.stringify(await signedPack({ version: 2, deposits: 3 })))));
    const seq = (await db.packHistory.where('checksum').equals(v1.checksum).first())!.seq!;
    const rollback = await prepareRollback(db, seq, (await testKeys()).trusted);
    if (!rollback.ok) throw new Error(rollback.refusal.code);
    expect(rollback.plan.gzip).toBeNull(); // already kept: not compressed a second time
    await applyPlan(db, rollback.plan);
    expect((await currentPack(db))?.title).toBe('Хайгуулын багц — 광물 팩');
    expect(await db.deposits.count()).toBe(6);
    expect(await db.packBodies.count()).toBe(2);
  });

  it('is written with the rows even when compressing takes longer than writing them', async () => {
    db = freshDatabase();
    const pack = await signedPack({ deposits: 5 });
    const plan = await prepare(JSON.stringify(pack));
    const real = plan.gzip!;
    let compressed = false;
    plan.gzip = new Promise((resolve) => setTimeout(() => resolve(real.then((g) => ((compressed = true), g))), 400));
    await applyPlan(db, plan);
    expect(compressed).toBe(true);
    expect(await db.deposits.count()).toBe(5);
    expect(JSON.parse(await gunzipText((await db.packBodies.get(pack.checksum))!.gzip))).toEqual(pack);
  });

  it('failing to compress leaves every table exactly as before', async () => {
    db = freshDatabase();
    await applyPlan(db, await prepare(JSON.stringify(await signedPack({ deposits: 10 }))));
    const before = await databaseHash(db);
    const plan = await prepare(JSON.stringify(await signedPack({ version: 2, deposits: 30 })));
    plan.gzip = new Promise((_resolve, reject) => setTimeout(() => reject(new Error('out of memory')), 50));
    plan.gzip.catch(() => {});
    await expect(applyPlan(db, plan, { chunkSize: 4 })).rejects.toThrow('out of memory');
    expect(await databaseHash(db)).toEqual(before);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { currentPack, type SteppeDatabase } from '../../../db';
import { applyPlan } from './apply';
import { preparePackFile } from './import';
import type { ImportPlan } from './plan';
import { prepareRollback, rollbackTargets } from './rollback';
import { depositId } from './synthetic-pack';
import { databaseHash, freshDatabase, signedPack, testKeys, unsignedPack } from './test-support';

let db: SteppeDatabase;
afterEach(async () => db?.delete());

async function prepare(pack: object, kind: 'import' | 'first-run' = 'import'): Promise<ImportPlan> {
  const result = await preparePackFile(db, JSON.stringify(pack), kind, { trustedKeys: (await testKeys()).trusted });
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.details.join('; ')}`);
  return result.plan;
}

async function importPack(pack: object, kind: 'import' | 'first-run' = 'import') {
  return applyPlan(db, await prepare(pack, kind));
}

describe('importing a pack', () => {
  it('fills the tables on first run and records the pack in history', async () => {
    db = freshDatabase();
    const entry = await importPack(await signedPack({ deposits: 25 }), 'first-run');
    expect(await db.deposits.count()).toBe(25);
    expect(await db.facilities.count()).toBe(4);
    expect(entry.kind).toBe('first-run');
    expect(entry.signer.status).toBe('verified');
    expect(entry.counts.deposits).toBe(25);
    expect((await currentPack(db))?.version).toBe(1);
    expect(await db.packBodies.count()).toBe(1);
  });

  it('previews added, removed and changed deposits field by field before writing anything', async () => {
    db = freshDatabase();
    await importPack(await signedPack({ deposits: 10 }));
    const before = await databaseHash(db);
    const next = await signedPack({
      version: 2, deposits: 12, without: [depositId(3)],
      editDeposit: (d, i) => (i === 5 ? { ...d, status: 'closed', location: { ...d.location, lat: 44.5 } } : d),
    });
    const plan = await prepare(next);
    expect(await databaseHash(db)).toEqual(before);
    const deposits = plan.preview.collections.deposits;
    expect(deposits.added.map((a) => a.id)).toEqual([depositId(10), depositId(11)]);
    expect(deposits.removed.map((r) => r.id)).toEqual([depositId(3)]);
    expect(deposits.changed).toHaveLength(1);
    expect(deposits.changed[0].changes?.map((c) => c.path).sort()).toEqual(['location.lat', 'status']);
    expect(deposits.changed[0].changes?.find((c) => c.path === 'status')).toMatchObject({ before: 'producing', after: 'closed' });
    expect(plan.preview.relation).toBe('newer');

    const entry = await applyPlan(db, plan);
    expect(await db.deposits.count()).toBe(11);
    expect((await db.deposits.get(depositId(5)))?.status).toBe('closed');
    expect(await db.deposits.get(depositId(3))).toBeUndefined();
    expect(entry.diff.collections.deposits.changed).toEqual([{ id: depositId(5), fields: ['location', 'status'] }]);
    expect(entry.diff.fromVersion).toBe(1);
  });

  it('says when a pack is the same or older than the current one', async () => {
    db = freshDatabase();
    await importPack(await signedPack({ version: 3 }));
    expect((await prepare(await signedPack({ version: 3 }))).preview.relation).toBe('same');
    expect((await prepare(await signedPack({ version: 2 }))).preview.relation).toBe('older');
    expect((await prepare(await signedPack({ version: 4, packId: 'another-pack' }))).preview.relation).toBe('other-pack');
  });

  it('marks unsigned packs and packs from unknown signers as unverified', async () => {
    db = freshDatabase();
    const plan = await prepare(await unsignedPack());
    expect(plan.preview.trust.status).toBe('unsigned');
    const other = await preparePackFile(db, JSON.stringify(await signedPack()), 'import', { trustedKeys: {} });
    expect(other.ok && other.plan.preview.trust.status).toBe('unverified-unknown-signer');
  });
});

describe('refusing bad files', () => {
  const refusalOf = async (input: string | Uint8Array) => {
    const result = await preparePackFile(db, input, 'import', { trustedKeys: (await testKeys()).trusted });
    return result.ok ? 'accepted' : result.refusal.code;
  };

  it('gives one clear reason for each kind of bad file and changes nothing', async () => {
    db = freshDatabase();
    await importPack(await signedPack());
    const before = await databaseHash(db);
    const good = await signedPack({ version: 2 });
    expect(await refusalOf(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toBe('not-text');
    expect(await refusalOf('{"format": "steppe-atlas-pack", ')).toBe('not-json');
    expect(await refusalOf('{"type": "FeatureCollection", "features": []}')).toBe('not-a-pack');
    expect(await refusalOf(JSON.stringify({ ...good, formatVersion: 9 }))).toBe('unsupported-format');
    expect(await refusalOf(JSON.stringify({ ...good, deposits: [{ ...good.deposits[0], location: { lat: 95 } }] }))).toBe('invalid');
    expect(await refusalOf(JSON.stringify({ ...good, title: 'Tampered title' }))).toBe('bad-checksum');
    const forged = await signedPack({ version: 3 });
    expect(await refusalOf(JSON.stringify({ ...good, signature: forged.signature }))).toBe('bad-signature');
    expect(await databaseHash(db)).toEqual(before);
  });

  it('names the format versions this app reads', async () => {
    db = freshDatabase();
    const result = await preparePackFile(db, JSON.stringify({ ...(await signedPack()), formatVersion: 7 }), 'import');
    expect(result.ok ? null : result.refusal.values).toEqual({ versions: '1', found: '7' });
  });
});

describe('atomic apply', () => {
  it('leaves every table exactly as before when the apply fails half-way', async () => {
    db = freshDatabase();
    await importPack(await signedPack({ deposits: 40 }));
    await db.annotations.put({ id: crypto.randomUUID(), updatedAt: '2026-01-01T00:00:00Z', depositId: depositId(2) });
    const before = await databaseHash(db);
    const plan = await prepare(await signedPack({ version: 2, deposits: 60, without: [depositId(2)], editDeposit: (d) => ({ ...d, aimag: 'Töv' }) }));
    let chunks = 0;
    const failure = applyPlan(db, plan, {
      chunkSize: 5,
      afterChunk: ({ done, total }) => {
        chunks++;
        if (done >= total / 2) throw new Error('power cut');
      },
    });
    await expect(failure).rejects.toThrow('power cut');
    expect(chunks).toBeGreaterThan(3);
    expect(await databaseHash(db)).toEqual(before);
    expect(await db.packHistory.count()).toBe(1);
  });

  it('refuses to apply a plan prepared against an older state of the database', async () => {
    db = freshDatabase();
    await importPack(await signedPack());
    const stale = await prepare(await signedPack({ version: 2 }));
    await importPack(await signedPack({ version: 3 }));
    await expect(applyPlan(db, stale)).rejects.toThrow(/changed since/);
    expect((await currentPack(db))?.version).toBe(3);
  });
});

describe('user data survives imports', () => {
  it('keeps annotations and decks on a removed deposit, flagged with its last known name and position', async () => {
    db = freshDatabase();
    await importPack(await signedPack({ deposits: 10 }));
    const removed = await db.deposits.get(depositId(4));
    await db.annotations.bulkPut([
      { id: 'a-gone', updatedAt: '2026-01-01T00:00:00Z', depositId: depositId(4) },
      { id: 'a-kept', updatedAt: '2026-01-01T00:00:00Z', depositId: depositId(5) },
    ]);
    await db.decks.put({ id: 'deck-1', updatedAt: '2026-01-01T00:00:00Z', title: 'Brief', depositIds: [depositId(4), depositId(6)] });
    const plan = await prepare(await signedPack({ version: 2, deposits: 10, without: [depositId(4)] }));
    expect(plan.preview.orphans.map((o) => [o.kind, o.id])).toEqual([['annotation', 'a-gone'], ['deck', 'deck-1']]);
    const entry = await applyPlan(db, plan);
    expect(entry.diff.orphaned).toEqual({ annotations: 1, drawings: 0, decks: 1 });

    const gone = await db.annotations.get('a-gone');
    expect(gone?.orphan).toMatchObject({
      depositId: depositId(4), lastKnownName: removed!.name,
      lastKnownPosition: [removed!.location.lon, removed!.location.lat], removedInPackVersion: 2,
    });
    expect((await db.annotations.get('a-kept'))?.orphan).toBeUndefined();
    expect(Object.keys((await db.decks.get('deck-1'))?.orphanedDeposits ?? {})).toEqual([depositId(4)]);
    expect(await db.annotations.count()).toBe(2);
  });

  it('lifts the flag when a later pack brings the deposit back', async () => {
    db = freshDatabase();
    await importPack(await signedPack({ deposits: 10 }));
    await db.annotations.put({ id: 'a', updatedAt: '2026-01-01T00:00:00Z', depositId: depositId(4) });
    await db.decks.put({ id: 'deck', updatedAt: '2026-01-01T00:00:00Z', depositIds: [depositId(4)] });
    await importPack(await signedPack({ version: 2, without: [depositId(4)] }));
    expect((await db.annotations.get('a'))?.orphan).toBeDefined();
    await importPack(await signedPack({ version: 3 }));
    expect((await db.annotations.get('a'))?.orphan).toBeUndefined();
    expect((await db.decks.get('deck'))?.orphanedDeposits).toBeUndefined();
  });
});

describe('rollback', () => {
  it('re-applies the previous pack from its kept body, offline, and keeps user data', async () => {
    db = freshDatabase();
    const v1 = await signedPack({ deposits: 8 });
    await importPack(v1);
    const afterV1 = await db.deposits.toArray();
    await db.annotations.put({ id: 'note', updatedAt: '2026-02-01T00:00:00Z', depositId: depositId(1) });
    await importPack(await signedPack({ version: 2, deposits: 12, without: [depositId(1)] }));
    expect(await db.deposits.count()).toBe(11);

    const targets = await rollbackTargets(db);
    expect(targets.map((t) => t.version)).toEqual([1]);
    const result = await prepareRollback(db, targets[0].seq!, (await testKeys()).trusted);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.plan.preview.relation).toBe('older');
    expect(result.plan.preview.collections.deposits.counts).toEqual({ added: 1, removed: 4, changed: 0 });
    const entry = await applyPlan(db, result.plan);

    expect(entry.kind).toBe('rollback');
    expect((await db.deposits.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(afterV1.sort((a, b) => a.id.localeCompare(b.id)));
    expect((await currentPack(db))?.checksum).toBe(v1.checksum);
    expect((await db.annotations.get('note'))?.orphan).toBeUndefined();
    expect(await db.packHistory.count()).toBe(3);
  });
});

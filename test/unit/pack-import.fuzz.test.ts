// Fuzzing the real pack importer (renderer/features/sync): the same mutated packs as the validator
// fuzzer, through readPack (the worker's front door) and then through prepare + apply against a
// database holding a pack and user data. A refused file leaves every table byte-identical (hashed);
// an accepted one lands completely. Interrupted applies (an exception at a random chunk, many seeds)
// leave the database as it was. FUZZ_RUNS / FUZZ_SEED as in shared/pack/validate.fuzz.test.ts.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeChecksum } from '../../shared/pack';
import { currentPack, type SteppeDatabase } from '../../renderer/db';
import { applyPlan } from '../../renderer/features/sync/core/apply';
import { preparePackFile } from '../../renderer/features/sync/core/import';
import { readPack, type ReadPackResult } from '../../renderer/features/sync/core/read-pack';
import { databaseHash, freshDatabase, signedPack, testKeys } from '../../renderer/features/sync/core/test-support';
import { depositId } from '../../renderer/features/sync/core/synthetic-pack';
import {
  FUZZ_TRUSTED_KEYS, judge, loadBases, packCases, summarise, type Operation, type Outcome, type PackCase,
} from '../security/pack-mutations';

const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 1000));
/** Each database case hashes every table twice and may apply a pack: ~0.3 s, so a tenth of the file cases. */
const DB_RUNS = Math.max(100, Math.round(RUNS / 10));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() + 1) % 2 ** 31;
const HANG_MS = 10_000;

async function outcomeOf(result: ReadPackResult): Promise<Outcome> {
  if (!result.ok) return { refused: result.refusal.code, details: result.refusal.details };
  return { accepted: result.trust.status, checksum: await computeChecksum(result.pack) };
}

const label = (o: Outcome) => ('accepted' in o ? `accepted:${o.accepted}` : o.refused);
const bases = loadBases();

describe('pack importer fuzzing', () => {
  it(`readPack refuses clearly or accepts validly, for ${RUNS} mutated files`, async () => {
    const seen: Array<{ op: Operation; outcome: string }> = [];
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(packCases(bases), async (c: PackCase) => {
        const started = performance.now();
        const result = await readPack(await c.bytes(), FUZZ_TRUSTED_KEYS); // documented never to throw
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        const outcome = await outcomeOf(result);
        const problem = judge(c, outcome) ?? (ms > HANG_MS ? `took ${Math.round(ms)} ms` : null);
        if (problem) throw new Error(`${c.op} on ${c.base.name} (${c.note}): ${problem}`);
        expect(Object.prototype).not.toHaveProperty('polluted');
        seen.push({ op: c.op, outcome: label(outcome) });
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`pack importer fuzz (readPack): ${seen.length} cases (seed ${SEED}), slowest ${Math.round(slowest)} ms — ${summarise(seen)}`);
    expect(seen.length).toBeGreaterThanOrEqual(1000);
  }, 300_000);

  describe('against a database', () => {
    let db: SteppeDatabase;
    beforeAll(async () => {
      db = freshDatabase();
      const first = await preparePackFile(db, bases[0].text, 'first-run', { trustedKeys: FUZZ_TRUSTED_KEYS });
      if (!first.ok) throw new Error(`fixture pack refused: ${first.refusal.code}`);
      await applyPlan(db, first.plan);
      const depositIdOfFixture = (JSON.parse(bases[0].text) as { deposits: Array<{ id: string }> }).deposits[0].id;
      await db.annotations.bulkPut([
        { id: crypto.randomUUID(), updatedAt: '2026-03-01T09:00:00Z', depositId: depositIdOfFixture },
        { id: crypto.randomUUID(), updatedAt: '2026-03-01T09:05:00Z' },
      ]);
      await db.decks.put({ id: crypto.randomUUID(), updatedAt: '2026-03-01T09:10:00Z', title: 'Briefing', depositIds: [depositIdOfFixture] });
    });
    afterAll(async () => db?.delete());

    it(`a refused file changes nothing; an accepted one lands whole (${DB_RUNS} files)`, async () => {
      const seen: Array<{ op: Operation; outcome: string }> = [];
      await fc.assert(
        fc.asyncProperty(packCases(bases), async (c: PackCase) => {
          const before = await databaseHash(db);
          const historyBefore = await db.packHistory.count();
          const userRows = { annotations: await db.annotations.count(), decks: await db.decks.count() };
          const prepared = await preparePackFile(db, await c.bytes(), 'import', { trustedKeys: FUZZ_TRUSTED_KEYS });
          if (!prepared.ok) {
            expect(await databaseHash(db), `${c.op}: ${c.note}`).toEqual(before);
            seen.push({ op: c.op, outcome: prepared.refusal.code });
            return;
          }
          // Preparing (validate, verify, diff) writes nothing either.
          expect(await databaseHash(db)).toEqual(before);
          const entry = await applyPlan(db, prepared.plan);
          expect((await currentPack(db))?.checksum).toBe(prepared.plan.pack.checksum);
          expect(entry.version).toBe(prepared.plan.pack.version);
          expect(await db.packHistory.count()).toBe(historyBefore + 1);
          expect(await db.deposits.count()).toBe(prepared.plan.pack.deposits.length);
          expect({ annotations: await db.annotations.count(), decks: await db.decks.count() }).toEqual(userRows);
          seen.push({ op: c.op, outcome: `applied:${prepared.plan.preview.trust.status}` });
        }),
        { numRuns: DB_RUNS, seed: SEED, endOnFailure: true },
      );
      console.log(`pack importer fuzz (database): ${seen.length} files — ${summarise(seen)}`);
    }, 300_000);
  });

  it('an apply interrupted at any chunk leaves every table as it was (many seeds)', async () => {
    let interrupted = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 25 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 20, max: 80 }), async (chunkSize, at, deposits) => {
        const db = freshDatabase();
        try {
          await applyPlan(db, await prepareOrThrow(db, await signedPack({ deposits }), 'first-run'));
          await db.annotations.put({ id: crypto.randomUUID(), updatedAt: '2026-01-01T00:00:00Z', depositId: depositId(1) });
          const before = await databaseHash(db);
          const next = await signedPack({ version: 2, deposits: deposits + 15, without: [depositId(1), depositId(3)], editDeposit: (d, i) => (i % 4 === 0 ? { ...d, aimag: 'Töv' } : d) });
          const plan = await prepareOrThrow(db, next, 'import');
          let stopAt = -1;
          const attempt = applyPlan(db, plan, {
            chunkSize,
            afterChunk: ({ done, total }) => {
              if (stopAt < 0) stopAt = Math.max(1, Math.floor(at * total));
              if (done >= stopAt) throw new Error('power cut');
            },
          });
          await expect(attempt).rejects.toThrow('power cut');
          expect(await databaseHash(db)).toEqual(before);
          interrupted++;
          // …and the same plan, uninterrupted, then lands completely.
          await applyPlan(db, await prepareOrThrow(db, next, 'import'));
          expect((await currentPack(db))?.version).toBe(2);
          expect(await db.deposits.count()).toBe(deposits + 13);
          expect((await db.annotations.toArray())[0].orphan?.depositId).toBe(depositId(1));
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40, seed: SEED },
    );
    console.log(`interrupted applies: ${interrupted} seeds, every one left the database unchanged`);
  }, 300_000);
});

async function prepareOrThrow(db: SteppeDatabase, pack: object, kind: 'import' | 'first-run') {
  const result = await preparePackFile(db, JSON.stringify(pack), kind, { trustedKeys: (await testKeys()).trusted });
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.plan;
}

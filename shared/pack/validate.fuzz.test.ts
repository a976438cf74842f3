// Property-based fuzzing of the pack validator and verifier (fast-check): at least 1,000 mutated packs
// per run — deleted fields, swapped types, huge strings, NaN/Infinity, deep nesting, duplicate and
// dangling ids, truncated files, wrong encodings, wrong checksums and signatures. Each must end in a
// clear refusal or a valid accept; never a crash, a hang, or changed content passing as verified.
// FUZZ_RUNS=n raises the count; FUZZ_SEED=s replays a run (the seed is printed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FUZZ_TRUSTED_KEYS, judge, loadBases, OPERATIONS, packCases, summarise, type Operation, type Outcome, type PackCase,
} from '../../test/security/pack-mutations';
import { computeChecksum, problemToString, validatePack, verifyPack } from './index';

const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 1000));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
/** A case taking longer than this is a hang (the slowest legitimate one, a 4 MB string, takes well under a second). */
const HANG_MS = 10_000;

/** The validator's side of an import, as a file reader would use it: bytes → text → JSON → pack → trust. */
async function readWithValidator(bytes: Uint8Array): Promise<Outcome> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { refused: 'not-text', details: ['not UTF-8'] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { refused: 'not-json', details: [(error as Error).message] };
  }
  const result = validatePack(json); // must not throw, whatever `json` is
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    const details = result.problems.map(problemToString);
    const first = result.problems[0].path;
    if (first === 'formatVersion') return { refused: 'unsupported-format', details };
    if (first === 'format' || (first === '(pack)' && result.problems.length === 1)) return { refused: 'not-a-pack', details };
    return { refused: 'invalid', details };
  }
  const trust = await verifyPack(result.pack, FUZZ_TRUSTED_KEYS); // must not throw either
  if (trust.status === 'bad-checksum' || trust.status === 'bad-signature') return { refused: trust.status, details: [trust.message] };
  return { accepted: trust.status, checksum: await computeChecksum(result.pack) };
}

describe('pack validator fuzzing', () => {
  const bases = loadBases();

  it(`refuses clearly or accepts validly, for ${RUNS} mutated packs`, async () => {
    const seen: Array<{ op: Operation; outcome: string }> = [];
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(packCases(bases), async (c: PackCase) => {
        const started = performance.now();
        const outcome = await readWithValidator(await c.bytes());
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        const problem = judge(c, outcome) ?? (ms > HANG_MS ? `took ${Math.round(ms)} ms` : null);
        if (problem) throw new Error(`${c.op} on ${c.base.name} (${c.note}): ${problem}`);
        expect(Object.prototype).not.toHaveProperty('polluted');
        seen.push({ op: c.op, outcome: 'accepted' in outcome ? `accepted:${outcome.accepted}` : outcome.refused });
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`pack validator fuzz: ${seen.length} cases (seed ${SEED}), slowest ${Math.round(slowest)} ms — ${summarise(seen)}`);
    expect(seen.length).toBeGreaterThanOrEqual(1000);
    // Every operator ran, so a quiet run cannot hide a category that silently stopped being generated.
    expect(new Set(seen.map((s) => s.op))).toEqual(new Set(OPERATIONS));
  }, 300_000);

  it('words a problem with a megabyte-long value or field name in one readable line', () => {
    const pack = structuredClone(bases[0].json) as Record<string, unknown> & { sources: Array<Record<string, unknown>> };
    pack.sources[0].date = '2'.repeat(4_000_000);
    pack.sources[1][`x${'-y'.repeat(1_000_000)}`] = 1;
    pack.sources[2].id = 'a'.repeat(2_000_000); // a valid kebab id that then dangles everywhere it was cited
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const p of problems) expect(problemToString(p).length).toBeLessThanOrEqual(2 * 300 + 2);
    expect(problems.map(problemToString).join('\n')).toMatch(/sources\[0\]\.date: "2222.*…/);
  });

  it('refuses values JSON cannot carry but an in-memory caller could pass (NaN, Infinity, undefined, cycles, symbols)', () => {
    const base = bases[0].json;
    const nasty: unknown[] = [NaN, Infinity, -Infinity, undefined, Symbol('x'), () => 1, 10n, new Date(0), new Map(), Object.create(null)];
    let cases = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (x, y) => {
        const copy = structuredClone(base) as Record<string, unknown>;
        const deposits = copy.deposits as Array<Record<string, unknown>>;
        const deposit = deposits[x % deposits.length];
        const location = deposit.location as Record<string, unknown>;
        const where = y % 3;
        const value = nasty[(x + y) % nasty.length];
        if (where === 0) location.lat = value;
        else if (where === 1) deposit.name = value;
        else (copy as { self?: unknown }).self = copy; // a cycle (and an unknown field)
        const result = validatePack(copy);
        expect(result.ok).toBe(false);
        cases++;
      }),
      { numRuns: 300, seed: SEED },
    );
    console.log(`pack validator fuzz (in-memory values): ${cases} cases`);
  });
});

// The quick deposit check may only ever say "valid as it is" where zod agrees and would return the same value;
// everything else must be left to zod. Random damage to real deposits looks for a yes zod would not give.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import bundled from '../../assets/packs/mongolia-critical-minerals.pack.json';
import { plainDepositValues } from './deposit-check';
import { deepEqual } from './diff';
import { Deposit } from './schema/entities';
import { tinyBody } from './test-pack.test-support';
import { checkShapeBounds, validatePack } from './validate';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const bundledDeposits = (bundled as { deposits: unknown[] }).deposits;
const tiny = tinyBody();
/** Plain deposits of every status and a few shapes (optional fields present and absent). */
const syntheticDeposits: unknown[] = Deposit.shape.status.options.map((status, i) => ({
  ...tiny.deposits[0], id: `dep-${i}`, status, ...(i % 2 ? { primaryGroup: 'cu-au', description: { en: 'Open pit.' } } : { estimates: [], owners: [] }),
}));
const bases = [...bundledDeposits, ...syntheticDeposits];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path inside a value (the root excluded). */
function paths(value: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...path, k]));
  return out;
}

/** Values that break a field in the ways a hand-edited or hostile pack might. */
const REPLACEMENTS: Json[] = [
  '', ' ', ' Cu', 'Cu ', 'Cu', 'XX', 'kr', 'KR', 'KOR', 'Bad Id', 'ok-id', 'ok-', '2025-02-30', '2025-13', '2025', 'producing',
  'booming', 'high', 'HIGH', 'yes', 'maybe', 0, -0.5, -1, 90.5, 91, -181, 180, 1000, 1001, 100.5, 1e308, 1.5, true, null,
  [], [''], ['Cu'], ['Cu', 'Nope'], {}, { en: 'x' }, { en: ' x' }, { en: 'x', fr: 'y' }, { value: 1, unit: 't' }, { value: -1, unit: 't' },
];

type Damage = { kind: 'set'; at: number; value: Json } | { kind: 'delete'; at: number } | { kind: 'add'; at: number; key: string; value: Json };

const damage = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(...REPLACEMENTS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const), at: fc.nat(),
    key: fc.constantFrom('colour', 'note', 'asOf', 'tonnage', 'share', 'role', 'primaryGroup', 'caveats', 'description', 'mn', 'fr'),
    value: fc.constantFrom(...REPLACEMENTS),
  }),
);

function applyDamage(deposit: Json, hits: Damage[]): Json {
  const out = copy(deposit);
  for (const hit of hits) {
    const all = paths(out);
    if (all.length === 0) break;
    const path = all[hit.at % all.length];
    const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k], out) as Record<string | number, Json>;
    const key = path[path.length - 1];
    if (hit.kind === 'set') parent[key] = copy(hit.value);
    else if (hit.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else {
      const target = parent[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[hit.key] = copy(hit.value);
    }
  }
  return out;
}

describe('quick deposit check', () => {
  it('never says yes where zod says no or would return something else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(damage, { minLength: 1, maxLength: 3 }), (base, hits) => {
        const deposit = applyDamage(base as Json, hits);
        if (plainDepositValues(deposit) === 0) return;
        const parsed = Deposit.safeParse(deposit);
        expect(parsed.success).toBe(true);
        expect(deepEqual(parsed.data, deposit)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes ordinary valid deposits as they are, counting their values like the bounds check', () => {
    for (const deposit of syntheticDeposits) {
      const n = plainDepositValues(deposit);
      expect(n).toBeGreaterThan(0);
      // The bounds check counts the deposit itself too.
      expect(checkShapeBounds(deposit, 32, n + 1)).toBeNull();
      expect(checkShapeBounds(deposit, 32, n)).not.toBeNull();
    }
    const plain = bundledDeposits.filter((d) => plainDepositValues(d) > 0).length;
    expect(plain).toBeGreaterThan(bundledDeposits.length / 2);
  });

  it('leaves text with spaces around it to zod, which trims it', () => {
    const deposit = copy(syntheticDeposits[0]) as { aimag: string };
    deposit.aimag = ' Ömnögovi ';
    expect(plainDepositValues(deposit)).toBe(0);
    const pack = copy(tiny);
    pack.deposits[0].aimag = ' Ömnögovi ';
    const result = validatePack({ ...pack, checksum: '0'.repeat(64) });
    expect(result.ok && result.pack.deposits[0].aimag).toBe('Ömnögovi');
  });

  it('validates a pack to the same value as zod does', async () => {
    const { PackSchema } = await import('./schema/pack');
    const result = validatePack(copy(bundled));
    const parsed = PackSchema.safeParse(copy(bundled));
    expect(result.ok && parsed.success).toBe(true);
    expect(deepEqual(result.ok && result.pack, parsed.data)).toBe(true);
  });
});

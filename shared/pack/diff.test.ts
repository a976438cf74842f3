import { describe, expect, it } from 'vitest';
import { diffEntity, diffPacks } from './diff';
import { mutable, tinyPack } from './test-pack.test-support';
import type { Deposit, Pack } from './schema/pack';

describe('diffPacks', () => {
  it('lists added, removed and changed entities with field-level changes', async () => {
    const before = await tinyPack();
    const after = mutable(before);
    after.version = 2;
    after.deposits[0].location.lat = 45.5;
    after.deposits[0].commodities = ['Cu'];
    after.deposits[0].estimates[0].grade.value = 1.2;
    after.deposits[0].owners[0].share = 60;
    after.events = [];
    after.sources.push({ id: 'src-b', kind: 'dataset', title: 'B', publisher: 'B' });
    const d = diffPacks(before, after as Pack);
    expect(d.header).toEqual([{ path: 'version', before: 1, after: 2 }]);
    expect(d.collections.sources.added.map((a) => a.id)).toEqual(['src-b']);
    expect(d.collections.events.removed.map((r) => r.id)).toEqual(['ev-a']);
    expect(d.collections.deposits.changed).toEqual([{
      id: 'dep-a',
      changes: [
        { path: 'commodities', before: ['Cu', 'Au'], after: ['Cu'] },
        { path: 'estimates[dep-a-1].grade.value', before: 1, after: 1.2 },
        { path: 'location.lat', before: 45, after: 45.5 },
        { path: 'owners[0].share', before: 50, after: 60 },
      ],
    }]);
    expect(d.totals).toEqual({ added: 1, removed: 1, changed: 1 });
  });

  it('reports added and removed optional fields and keyed items', async () => {
    const dep = (await tinyPack()).deposits[0];
    const changed: Deposit = { ...dep, description: { en: 'New.' }, estimates: [] };
    expect(diffEntity(dep, changed)).toEqual([
      { path: 'description', before: undefined, after: { en: 'New.' } },
      { path: 'estimates[dep-a-1]', before: dep.estimates[0], after: undefined },
    ]);
  });

  it('finds nothing between a pack and itself', async () => {
    const p = await tinyPack();
    expect(diffPacks(p, mutable(p) as Pack).totals).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('diffs 100,000 deposits (time is logged; speed targets belong in the bench)', async () => {
    const base = await tinyPack();
    const many = (n: number, tweak: (d: Deposit, i: number) => Deposit) =>
      Array.from({ length: n }, (_, i) => tweak({ ...base.deposits[0], id: `dep-${i}`, location: { ...base.deposits[0].location } }, i));
    // Parsed separately, as in a real import: no shared object references to shortcut equality.
    const oldPack = mutable({ ...base, deposits: many(100_000, (d) => d) }) as Pack;
    const newPack = mutable({ ...base, deposits: many(100_000, (d, i) => (i % 100 === 0 ? { ...d, status: 'closed' } : d)).slice(10).concat(many(5, (d, i) => ({ ...d, id: `new-${i}` }))) }) as Pack;
    const t0 = performance.now();
    const d = diffPacks(oldPack, newPack);
    const ms = performance.now() - t0;
    expect(d.collections.deposits.changed.length).toBe(999);
    expect(d.collections.deposits.removed.length).toBe(10);
    expect(d.collections.deposits.added.length).toBe(5);
    console.info(`diffPacks on 100k deposits: ${ms.toFixed(0)} ms`);
  });
});

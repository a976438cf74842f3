import { describe, expect, it } from 'vitest';
import { problemToString } from './problems';
import { mutable, tinyBody, tinyPack } from './test-pack.test-support';
import { COLLECTIONS, type CollectionName, type Pack } from './schema/pack';
import { checkShapeBounds, validateInPieces, validatePack } from './validate';

async function problemsOf(change: (p: Record<string, any>) => void): Promise<string[]> {
  const p = mutable(await tinyPack());
  change(p);
  const r = validatePack(p);
  return r.ok ? [] : r.problems.map(problemToString);
}

describe('validatePack', () => {
  it('accepts a valid pack and returns it typed', async () => {
    const r = validatePack(mutable(await tinyPack()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.deposits[0].location.lat).toBe(45);
  });

  it('explains a latitude out of range in plain English with its path', async () => {
    expect(await problemsOf((p) => { p.deposits[0].location.lat = 95; })).toEqual(['deposits[0].location.lat: 95 is not a latitude (−90…90)']);
  });

  it('reports unknown fields instead of dropping them', async () => {
    expect(await problemsOf((p) => { p.deposits[0].colour = 'red'; p.colour = 1; })).toEqual(
      expect.arrayContaining(['deposits[0].colour: unknown field', 'colour: unknown field']),
    );
  });

  it('reports every problem at once, including cross-references of the entities that did parse', async () => {
    const problems = await problemsOf((p) => {
      p.deposits[0].status = 'booming';
      p.events[0].sourceIds = ['nope'];
      p.corridors[0].nodeIds[1] = 'fac-z';
      p.indicators[0].period = '2025-02-30';
    });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^deposits\[0\]\.status: the text "booming" is not allowed; use one of: "producing"/),
      'indicators[0].period: "2025-02-30" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
      'events[0].sourceIds[0]: no source with id "nope"',
      'corridors[0].nodeIds[1]: no facility with id "fac-z"',
    ]));
  });

  it('does not call references to a broken entity dangling', async () => {
    const problems = await problemsOf((p) => { p.deposits[0].strategic = 'maybe'; });
    expect(problems).toHaveLength(1);
  });

  it('finds duplicate ids and missing required fields', async () => {
    const problems = await problemsOf((p) => {
      p.facilities[1].id = 'fac-a';
      delete p.deposits[0].aimag;
    });
    expect(problems).toEqual(expect.arrayContaining(['deposits[0].aimag: is required']));
    const dup = await problemsOf((p) => { p.sources.push({ ...p.sources[0] }); });
    expect(dup).toEqual(['sources[1].id: duplicate id "src-a"']);
  });

  it('checks that corridor geometry starts, passes and ends at its nodes', async () => {
    expect(await problemsOf((p) => { p.corridors[0].geometry[2] = [108, 42]; })).toEqual([
      'corridors[0].geometry: does not end at node "fac-b" (in order, within 2 km)',
    ]);
    expect(await problemsOf((p) => { p.corridors[0].geometry.reverse(); })).toHaveLength(2);
  });

  it('refuses other formats and versions, saying which version it reads', async () => {
    expect(await problemsOf((p) => { p.formatVersion = 7; })).toEqual(['formatVersion: the pack is format version 7, but this app reads format version 1']);
    expect(await problemsOf((p) => { p.format = 'geojson'; })).toEqual([
      'format: expected "steppe-atlas-pack", got "geojson"; this is not a Steppe Atlas data pack',
    ]);
    expect(validatePack([1, 2]).ok).toBe(false);
    expect(validatePack(null).ok).toBe(false);
  });

  it('accepts year and year-month dates and rejects impossible ones', async () => {
    expect(await problemsOf((p) => { p.events[0].date = '2010'; })).toEqual([]);
    expect(await problemsOf((p) => { p.events[0].date = '2024-02-29'; })).toEqual([]);
    expect(await problemsOf((p) => { p.events[0].date = '2023-02-29'; })).toHaveLength(1);
    expect(await problemsOf((p) => { p.events[0].date = '22 Sep 2025'; })).toHaveLength(1);
  });

  it('needs at least one figure in an estimate', async () => {
    expect(await problemsOf((p) => { delete p.deposits[0].estimates[0].tonnage; delete p.deposits[0].estimates[0].grade; })).toEqual([
      'deposits[0].estimates[0]: needs at least one of tonnage, grade or contained',
    ]);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const r = validatePack({ format: 'steppe-atlas-pack', formatVersion: 1, sources: deep });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemToString(r.problems[0])).toBe('(pack): is nested deeper than 32 levels; this is not a Steppe Atlas data pack');
  });

  it('bounds the number of values walked', () => {
    expect(checkShapeBounds({ a: new Array(1000).fill(0) }, 32, 500)?.message).toMatch(/more than 500 values/);
    expect(checkShapeBounds({ a: [1, [2, [3]]] })).toBeNull();
  });

  it('in pieces, counts values against the limit exactly as the whole-pack check does', () => {
    const body = tinyBody();
    const deposits = Array.from({ length: 30 }, (_, i) => ({ ...body.deposits[0], id: `dep-${i}` }));
    const pack = { ...body, deposits, checksum: '0'.repeat(64) } as Pack;
    let limit = 1;
    while (checkShapeBounds(pack, 32, limit)) limit++;
    const passes = (max: number) => {
      const pieces = validateInPieces(pack, max);
      if (!pieces.header()) return false;
      // Runs of 7, as a large import hands them over.
      return COLLECTIONS.every((c: CollectionName) => {
        for (let i = 0; i < pack[c].length; i += 7) if (!pieces.entities(c, pack[c].slice(i, i + 7))) return false;
        return true;
      });
    };
    expect(passes(limit)).toBe(true);
    expect(passes(limit - 1)).toBe(false);
  });

  it('in pieces, refuses a collection that is not a list', () => {
    const pack = { ...tinyBody(), checksum: '0'.repeat(64), deposits: 'none' };
    expect(validateInPieces(pack).header()).toBeNull();
    expect(validatePack(pack).ok).toBe(false);
  });
});

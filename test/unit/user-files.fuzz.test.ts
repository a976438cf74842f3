// Fuzzing the other files a user opens: drawings (GeoJSON, KML, KMZ through shared/interchange) and
// user-data backups (renderer/features/sync/core/backup). Each mutated file must end in a result the UI
// can word (shapes, or a known problem code) — never a throw or a hang — and a backup restore either
// lands whole or leaves the database exactly as it was. FUZZ_RUNS / FUZZ_SEED as in the pack fuzzers.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Geometry } from 'geojson';
import { importFile, type ImportResult } from '../../shared/interchange';
import { USER_TABLES } from '../../renderer/db';
import { exportBackup, previewRestore, readBackup, restoreBackup } from '../../renderer/features/sync/core/backup';
import { databaseHash, freshDatabase } from '../../renderer/features/sync/core/test-support';
import { HOSTILE_STRINGS } from '../fixtures/hostile/payloads';

const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 1000));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() + 2) % 2 ** 31;
/** A hang detector, not a speed target: a 60,000-placemark KML takes ~11 s to refuse on a busy 2-core machine. */
const HANG_MS = 30_000;
const encode = (s: string) => new TextEncoder().encode(s);

const DRAWING_FILES = ['hostile/hostile.kml', 'hostile/hostile.geojson', 'interchange/google-earth-styles.kml', 'interchange/qgis-export.geojson'].map((f) => ({
  name: f.split('/').pop()!,
  text: readFileSync(`test/fixtures/${f}`, 'utf8'),
}));

const PROBLEM_CODES = new Set([
  'too-large', 'empty', 'unknown-format', 'malformed-json', 'malformed-xml', 'xml-doctype', 'not-geojson', 'not-kml', 'kmz-corrupt',
  'kmz-no-kml', 'too-many-features', 'too-many-vertices', 'no-valid-features',
]);

const MUTATIONS = [
  'truncate', 'byte-flip', 'insert-token', 'deep-nesting', 'huge-text', 'utf16', 'bom', 'doctype', 'special-number', 'as-kmz', 'kmz-garbage',
] as const;
type Mutation = (typeof MUTATIONS)[number] | 'many-features';
const TOKENS = ['<', '>', '&', '&amp;', ']]>', '<![CDATA[', '<!--', '"', '{', '}', '[', ']', ',', ':', '\u0000', '\uFFFF', '\uD800', '<script>alert(1)</script>', 'NaN', '1e999', '-', 'null'];

function mutate(kind: Mutation, text: string, name: string, x: number, y: number): { name: string; bytes: Uint8Array } {
  const isKml = name.endsWith('.kml');
  const at = x % Math.max(1, text.length);
  switch (kind) {
    case 'truncate':
      return { name, bytes: encode(text.slice(0, at)) };
    case 'byte-flip': {
      const bytes = encode(text);
      for (let i = 0; i < 1 + (y % 6); i++) bytes[(x + i * 104729) % bytes.length] ^= 1 << ((y + i) % 8);
      return { name, bytes };
    }
    case 'insert-token':
      return { name, bytes: encode(text.slice(0, at) + TOKENS[y % TOKENS.length] + text.slice(at)) };
    case 'deep-nesting': {
      const depth = [100, 5_000, 100_000][y % 3];
      const nested = isKml
        ? text.replace('<Document>', `<Document>${'<Folder>'.repeat(depth)}${'</Folder>'.repeat(depth)}`)
        : text.replace('"features"', `"deep": ${'['.repeat(depth)}${']'.repeat(depth)}, "features"`);
      return { name, bytes: encode(nested) };
    }
    case 'huge-text': {
      const big = HOSTILE_STRINGS[y % HOSTILE_STRINGS.length].replace(/[<&>"\u0000-\u001f]/g, 'x').repeat(1 + Math.floor(2_000_000 / 40));
      return { name, bytes: encode(isKml ? text.replace(/<name>[^<]*<\/name>/, `<name>${big}</name>`) : text.replace(/"name": "[^"]*"/, `"name": ${JSON.stringify(big)}`)) };
    }
    case 'utf16': {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        out[2 * i] = text.charCodeAt(i) & 0xff;
        out[2 * i + 1] = text.charCodeAt(i) >> 8;
      }
      return { name, bytes: out };
    }
    case 'bom':
      return { name, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]) };
    case 'doctype': {
      const dtd = ['<!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>', '<!DOCTYPE kml SYSTEM "file:///etc/passwd">', '<!ENTITY x SYSTEM "https://evil.example/">'][y % 3];
      return { name, bytes: encode(isKml ? text.replace('<kml', `${dtd}<kml`) : text) };
    }
    case 'special-number': {
      const raw = ['NaN', 'Infinity', '1e999', '-1e999', '1e308', '181', '-91', '0x10', '""', 'null', '[]'][y % 11];
      return { name, bytes: encode(isKml ? text.replace(/<coordinates>[^<,]*/, `<coordinates>${raw}`) : text.replace(/"coordinates": \[\s*[-0-9.]+/, `"coordinates": [${raw}`)) };
    }
    case 'many-features': {
      const count = [20_001, 60_000][y % 2];
      if (isKml) return { name, bytes: encode(text.replace('</Document>', `${'<Placemark><Point><coordinates>100,45</coordinates></Point></Placemark>'.repeat(count)}</Document>`)) };
      const feature = '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[100,45]}}';
      return { name, bytes: encode(`{"type":"FeatureCollection","features":[${Array(count).fill(feature).join(',')}]}`) };
    }
    case 'as-kmz':
      return { name: name.replace(/\.\w+$/, '.kmz'), bytes: zipSync({ 'doc.kml': encode(text), 'images/x.png': new Uint8Array([1, 2, 3]) }) };
    case 'kmz-garbage': {
      const zip = zipSync({ 'doc.kml': encode(text) });
      zip[(x % (zip.length - 4)) + 4] ^= 0xff;
      return { name: name.replace(/\.\w+$/, '.kmz'), bytes: zip };
    }
  }
}

function positions(g: Geometry): number[][] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

/** What is wrong with an import result, or null. */
function judgeImport(result: ImportResult): string | null {
  if (!result.ok) return PROBLEM_CODES.has(result.problem.code) ? null : `unknown problem code ${result.problem.code}`;
  for (const s of result.preview.shapes) {
    if (typeof s.name !== 'string' || typeof s.description !== 'string') return 'a shape without text name/description';
    for (const p of positions(s.geometry))
      if (!p.slice(0, 2).every((v) => Number.isFinite(v)) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return `position ${JSON.stringify(p)} accepted`;
  }
  return null;
}

describe('drawing file fuzzing (GeoJSON, KML, KMZ)', () => {
  it(`gives shapes or a known problem for ${RUNS} mutated files`, () => {
    const tally = new Map<string, number>();
    let slowest = 0;
    fc.assert(
      fc.property(fc.constantFrom(...MUTATIONS), fc.nat(DRAWING_FILES.length - 1), fc.nat(), fc.nat(), (kind, f, x, y) => {
        const file = mutate(kind, DRAWING_FILES[f].text, DRAWING_FILES[f].name, x, y);
        const started = performance.now();
        const result = importFile(file.name, file.bytes); // must not throw
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        const problem = judgeImport(result) ?? (ms > HANG_MS ? `took ${Math.round(ms)} ms` : null);
        if (problem) throw new Error(`${kind} of ${DRAWING_FILES[f].name}: ${problem}`);
        if (kind === 'doctype' && DRAWING_FILES[f].name.endsWith('.kml')) expect(result.ok ? 'ok' : result.problem.code).toBe('xml-doctype');
        const key = result.ok ? 'shapes' : result.problem.code;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`drawing import fuzz: ${RUNS} files (seed ${SEED}), slowest ${Math.round(slowest)} ms — ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }, 300_000);

  // Slow cases (each parses a whole big file before the limit applies), so once per format, not in the mix.
  it('refuses files with more features than the limit, in every format', () => {
    for (const file of DRAWING_FILES.slice(0, 2)) {
      const big = mutate('many-features', file.text, file.name, 0, 0);
      const result = importFile(big.name, big.bytes);
      expect(result.ok ? 'ok' : result.problem.code, file.name).toBe('too-many-features');
    }
  }, 120_000);

  it('refuses a KMZ whose entry lies about its size (a zip bomb) instead of unpacking it', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const kml = encode('<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>');
    zeros.set(kml);
    const zip = zipSync({ 'doc.kml': zeros });
    // Rewrite the declared uncompressed size (local header offset 22, central directory +24) to 1 KB.
    const view = new DataView(zip.buffer);
    view.setUint32(22, 1024, true);
    for (let i = zip.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024, true);
    expect(zip.length).toBeLessThan(1_000_000);
    const result = importFile('bomb.kmz', zip);
    // Either refused by size, or cut at the declared 1 KB (then the KML is incomplete): never 64 MB of text.
    expect(result.ok ? 'ok' : result.problem.code).toMatch(/too-large|kmz-corrupt|malformed-xml/);
  });
});

describe('backup restore fuzzing', () => {
  const seedDb = async () => {
    const db = freshDatabase();
    await db.annotations.bulkPut(HOSTILE_STRINGS.slice(0, 5).map((body, i) => ({ id: `a${i}`, updatedAt: `2026-01-0${i + 1}T00:00:00Z`, depositId: 'oyu-tolgoi', body })));
    await db.decks.put({ id: 'k1', updatedAt: '2026-01-01T00:00:00Z', title: HOSTILE_STRINGS[5], depositIds: ['oyu-tolgoi'], slides: [{ caption: HOSTILE_STRINGS[6], notes: HOSTILE_STRINGS[7] }] });
    await db.settings.put({ id: 'authorName', value: 'Bolormaa', updatedAt: '2026-01-01T00:00:00Z' });
    return db;
  };

  it('a mutated backup is refused, or restores completely, or fails leaving the database as it was', async () => {
    const source = await seedDb();
    const base = JSON.parse(JSON.stringify(await exportBackup(source, '0.1.0'))) as Record<string, unknown>;
    await source.delete();
    const swaps: unknown[] = [null, 0, -1, 1e308, '', 'x', true, [], {}, [{}], { id: 'x' }, '2026-13-45', HOSTILE_STRINGS[0]];
    const tally = new Map<string, number>();
    const runs = Math.max(150, Math.round(RUNS / 6));
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(7), fc.boolean(), async (x, y, op, replace) => {
        const copy = structuredClone(base);
        const nodes: Array<[Record<string, unknown> | unknown[], string | number]> = [];
        const walk = (v: unknown) => {
          if (Array.isArray(v)) v.forEach((c, i) => (nodes.push([v, i]), walk(c)));
          else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) nodes.push([v as Record<string, unknown>, k]), walk(c);
        };
        walk(copy);
        const [parent, key] = nodes[x % nodes.length];
        let text: string;
        if (op === 0) delete (parent as Record<string, unknown>)[key];
        else if (op === 1) (parent as Record<string, unknown>)[key] = swaps[y % swaps.length];
        else if (op === 2) (parent as Record<string, unknown>)[key] = 'Z'.repeat(1_000_000);
        else if (op === 3) (parent as Record<string, unknown>)[key] = JSON.parse(`${'['.repeat(2_000)}${']'.repeat(2_000)}`);
        else if (op === 4) (parent as Record<string, unknown>)[key] = { __proto__: { polluted: true }, id: 'p', updatedAt: '2026' };
        if (op === 5) text = JSON.stringify(copy).slice(0, y % JSON.stringify(copy).length);
        else if (op === 6) text = JSON.stringify(copy).replace(/"updatedAt":"[^"]*"/, `"updatedAt":${['NaN', '1e999', 'Infinity'][y % 3]}`);
        else text = JSON.stringify(copy);

        const read = readBackup(text); // must not throw
        if (!read.ok) {
          expect(['not-json', 'not-a-backup', 'unsupported', 'invalid']).toContain(read.refusal.code);
          tally.set(read.refusal.code, (tally.get(read.refusal.code) ?? 0) + 1);
          return;
        }
        const db = await seedDb();
        try {
          const before = await databaseHash(db);
          await previewRestore(db, read.backup);
          try {
            await restoreBackup(db, read.backup, replace ? 'replace' : 'merge');
          } catch {
            expect(await databaseHash(db)).toEqual(before);
            tally.set('restore-failed-cleanly', (tally.get('restore-failed-cleanly') ?? 0) + 1);
            return;
          }
          for (const t of USER_TABLES) {
            const ids = new Set((await db[t].toArray()).map((r) => (r as { id: string }).id));
            for (const row of read.backup.tables[t]) expect(ids.has(row.id)).toBe(true);
          }
          tally.set(`restored-${replace ? 'replace' : 'merge'}`, (tally.get(`restored-${replace ? 'replace' : 'merge'}`) ?? 0) + 1);
        } finally {
          await db.delete();
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: runs, seed: SEED, endOnFailure: true },
    );
    console.log(`backup restore fuzz: ${runs} files — ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }, 300_000);
});

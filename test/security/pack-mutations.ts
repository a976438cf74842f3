// Mutated data packs for the fuzzers: every way a pack file can be damaged or forged, each with the
// outcome the importer owes the user. Shared by shared/pack/validate.fuzz.test.ts (validator level)
// and test/unit/pack-import.fuzz.test.ts (importer and database level).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { computeChecksum, TRUSTED_KEYS, type TrustedKeys, type VerifyStatus } from '../../shared/pack';
import { HOSTILE_STRINGS } from '../fixtures/hostile/payloads';

export type RefusalCode =
  | 'too-large' | 'not-text' | 'not-json' | 'not-a-pack' | 'unsupported-format' | 'invalid' | 'bad-checksum' | 'bad-signature';
/** What happened to one file: refused with a code, or accepted with a trust status. */
export type Outcome = { refused: RefusalCode; details: string[] } | { accepted: VerifyStatus; checksum: string };

/** What a case may end in. `either`: anything, except "verified" for content that changed. */
export type Expectation = { refuse: RefusalCode[] } | { accept: VerifyStatus[] } | 'either';

export interface PackBase {
  name: string;
  text: string;
  json: Record<string, unknown>;
  /** Checksum of the untouched body: only a pack with this body may ever be "verified". */
  checksum: string;
}

export interface PackCase {
  op: Operation;
  base: PackBase;
  note: string;
  expect: Expectation;
  bytes: () => Promise<Uint8Array>;
  [fc.toStringMethod]: () => string;
}

const DEV_PUBLIC_KEY = JSON.parse(readFileSync('test/fixtures/keys/dev-ed25519.pub.json', 'utf8')) as { keyId: string; label: string; publicKey: string };
/** The app's pinned keys plus the dev key that signs the fixture packs, so both bases verify. */
export const FUZZ_TRUSTED_KEYS: TrustedKeys = { ...TRUSTED_KEYS, [DEV_PUBLIC_KEY.keyId]: { label: DEV_PUBLIC_KEY.label, publicKey: DEV_PUBLIC_KEY.publicKey } };

export function loadBases(): PackBase[] {
  return ['test/fixtures/packs/good/small-v1.pack.json', 'assets/packs/mongolia-critical-minerals.pack.json'].map((file) => {
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text) as Record<string, unknown>;
    return { name: file.split('/').pop()!, text, json, checksum: json.checksum as string };
  });
}

type Segment = string | number;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Node { path: Segment[]; value: Json }

const nodeCache = new WeakMap<object, Node[]>();
/** Every value in the pack with its path (root excluded). */
function nodes(json: Record<string, unknown>): Node[] {
  const cached = nodeCache.get(json);
  if (cached) return cached;
  const out: Node[] = [];
  const walk = (value: Json, path: Segment[]) => {
    if (path.length > 0) out.push({ path, value });
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(json as Json, []);
  nodeCache.set(json, out);
  return out;
}

const clone = (json: Record<string, unknown>) => structuredClone(json) as Record<string, Json>;
const encode = (text: string) => new TextEncoder().encode(text);
const bytesOf = (json: unknown) => async () => encode(JSON.stringify(json, null, 2));
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

function setAt(root: Record<string, Json>, path: Segment[], value: Json | undefined): void {
  let parent: Json = root;
  for (const seg of path.slice(0, -1)) parent = (parent as Record<string, Json>)[seg as string];
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete (parent as Record<string, Json>)[last as string];
  } else (parent as Record<string, Json>)[last as string] = value;
}

/** Replaces the value at `path` with a marker, then swaps the marker's JSON text for `raw` (for text JSON cannot hold). */
function withRawValue(json: Record<string, unknown>, path: Segment[], raw: string): () => Promise<Uint8Array> {
  const copy = clone(json);
  const marker = `@@fuzz-${Math.random().toString(36).slice(2)}@@`;
  setAt(copy, path, marker);
  return async () => encode(JSON.stringify(copy, null, 2).replace(JSON.stringify(marker), () => raw));
}

const isBodyPath = (path: Segment[]) => path[0] !== 'checksum' && path[0] !== 'signature';
const REFERENCE_FIELDS = new Set(['sourceIds', 'depositIds', 'nodeIds', 'eventIds', 'facilityIds']);
const TYPE_SWAPS: Json[] = [0, -1, 1.5, '', 'x', true, false, null, [], {}, [1, 2], { a: 1 }, '1', 'null'];
const RAW_NUMBERS: Array<[string, Expectation]> = [
  ['NaN', { refuse: ['not-json'] }], ['Infinity', { refuse: ['not-json'] }], ['-Infinity', { refuse: ['not-json'] }],
  ['0x10', { refuse: ['not-json'] }], ['01', { refuse: ['not-json'] }], ['.5', { refuse: ['not-json'] }], ['+1', { refuse: ['not-json'] }],
  ['1e999', 'either'], ['-1e999', 'either'], ['1e-400', 'either'], ['-0', 'either'], ['9007199254740993', 'either'], ['1E+2', 'either'],
];

/** One mutation: base, operator and three numbers that choose where and how. */
export const OPERATIONS = [
  'unchanged', 'delete-field', 'type-swap', 'huge-string', 'special-number', 'deep-nesting', 'duplicate-id', 'dangling-id',
  'truncate', 'utf16', 'latin1', 'utf8-bom', 'invalid-utf8', 'byte-flip', 'wrong-checksum', 'malformed-checksum',
  'wrong-signature', 'short-signature', 'unknown-signer', 'other-trusted-signer', 'edited-kept-checksum', 'edited-resealed',
  'proto-key', 'unknown-field', 'hostile-text-unsigned',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export function buildCase(bases: PackBase[], op: Operation, b: number, x: number, y: number, z: number): PackCase {
  const base = pick(bases, b);
  const all = nodes(base.json);
  const node = pick(all, x);
  const c = (note: string, expect: Expectation, bytes: () => Promise<Uint8Array>): PackCase => ({
    op, base, note, expect, bytes,
    // fast-check prints this for a failing case, instead of the whole pack.
    [fc.toStringMethod]: () => `${op} on ${base.name}: ${note.length > 200 ? `${note.slice(0, 200)}…` : note}`,
  });
  const strings = all.filter((n) => typeof n.value === 'string' && isBodyPath(n.path));
  const numbers = all.filter((n) => typeof n.value === 'number');
  const objects = all.filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));
  const sig = base.json.signature as { keyId: string; value: string };

  switch (op) {
    case 'unchanged':
      return c('the file as published', { accept: ['verified'] }, async () => encode(base.text));
    case 'delete-field': {
      const fields = all.filter((n) => typeof n.path[n.path.length - 1] === 'string');
      const target = pick(fields, x);
      const copy = clone(base.json);
      setAt(copy, target.path, undefined);
      const exp: Expectation = target.path.join('.') === 'signature' ? { accept: ['unsigned'] } : 'either';
      return c(`delete ${target.path.join('.')}`, exp, bytesOf(copy));
    }
    case 'type-swap': {
      const copy = clone(base.json);
      setAt(copy, node.path, pick(TYPE_SWAPS, y));
      return c(`${node.path.join('.')} = ${JSON.stringify(pick(TYPE_SWAPS, y))}`, 'either', bytesOf(copy));
    }
    case 'huge-string': {
      const target = pick(strings, x);
      const length = pick([100_000, 1_000_000, 4_000_000], y);
      const copy = clone(base.json);
      setAt(copy, target.path, pick(['A', 'ä', '한', 'ᠮ', '<', '\u0000'], z).repeat(length));
      return c(`${target.path.join('.')} = ${length} characters`, 'either', bytesOf(copy));
    }
    case 'special-number': {
      const target = pick(numbers, x);
      const [raw, exp] = pick(RAW_NUMBERS, y);
      return c(`${target.path.join('.')} = ${raw}`, exp, withRawValue(base.json, target.path, raw));
    }
    case 'deep-nesting': {
      const depth = pick([33, 200, 5_000, 100_000], y);
      const raw = z % 2 === 0 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      return c(`${node.path.join('.')} nested ${depth} deep`, { refuse: ['not-a-pack', 'not-json', 'invalid'] }, withRawValue(base.json, node.path, raw));
    }
    case 'duplicate-id': {
      const collection = pick(['sources', 'deposits', 'facilities', 'corridors', 'events', 'indicators', 'countries'], y);
      const copy = clone(base.json);
      const list = copy[collection] as Json[];
      if (list.length === 0) return c('no entity to duplicate', { accept: ['verified'] }, async () => encode(base.text));
      list.splice(z % (list.length + 1), 0, structuredClone(pick(list, x)));
      return c(`duplicate in ${collection}`, { refuse: ['invalid'] }, bytesOf(copy));
    }
    case 'dangling-id': {
      const refs = all.filter((n) => typeof n.value === 'string' && REFERENCE_FIELDS.has(String(n.path[n.path.length - 2])));
      const target = pick(refs, x);
      const copy = clone(base.json);
      setAt(copy, target.path, `no-such-entity-${y}`);
      return c(`${target.path.join('.')} points nowhere`, { refuse: ['invalid'] }, bytesOf(copy));
    }
    case 'truncate': {
      const cut = x % base.text.length;
      const kept = base.text.slice(0, cut);
      const onlyWhitespaceLost = kept.trim() === base.text.trim();
      return c(`cut at byte ${cut} of ${base.text.length}`, onlyWhitespaceLost ? { accept: ['verified'] } : { refuse: ['not-json'] }, async () => encode(kept));
    }
    case 'utf16': {
      const bigEndian = y % 2 === 1;
      const bom = z % 2 === 0;
      return c(`UTF-16${bigEndian ? 'BE' : 'LE'}${bom ? ' with BOM' : ''}`, { refuse: ['not-text', 'not-json'] }, async () => {
        const out = new Uint8Array((base.text.length + (bom ? 1 : 0)) * 2);
        const units = (bom ? '\uFEFF' : '') + base.text;
        for (let i = 0; i < units.length; i++) {
          const u = units.charCodeAt(i);
          out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
          out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
        }
        return out;
      });
    }
    case 'latin1': {
      // A file saved in a legacy code page: every non-ASCII character becomes one byte.
      const hasNonAscii = /[^\x00-\x7f]/.test(base.text);
      return c('saved as a single-byte code page', hasNonAscii ? { refuse: ['not-text'] } : { accept: ['verified'] }, async () =>
        Uint8Array.from(base.text, (ch) => ch.charCodeAt(0) & 0xff),
      );
    }
    case 'utf8-bom':
      return c('UTF-8 with a byte-order mark', { accept: ['verified'] }, async () => new Uint8Array([0xef, 0xbb, 0xbf, ...encode(base.text)]));
    case 'invalid-utf8': {
      const bad = pick([[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]], y);
      const text = encode(base.text);
      const at = x % text.length;
      // Insert only between characters (not inside a multi-byte sequence), so the damage is exactly `bad`.
      let pos = at;
      while (pos < text.length && (text[pos] & 0xc0) === 0x80) pos++;
      return c(`bytes ${bad.map((v) => v.toString(16)).join(' ')} at ${pos}`, { refuse: ['not-text'] }, async () =>
        new Uint8Array([...text.slice(0, pos), ...bad, ...text.slice(pos)]),
      );
    }
    case 'byte-flip': {
      const flips = 1 + (z % 4);
      return c(`${flips} random byte(s) changed`, 'either', async () => {
        const text = encode(base.text);
        for (let i = 0; i < flips; i++) text[(x + i * 7919 * (y + 1)) % text.length] ^= 1 << ((y + i) % 8);
        return text;
      });
    }
    case 'wrong-checksum': {
      const copy = clone(base.json);
      const hex = base.checksum.split('');
      hex[x % 64] = hex[x % 64] === '0' ? '1' : '0';
      copy.checksum = hex.join('');
      return c('checksum of other content', { refuse: ['bad-checksum'] }, bytesOf(copy));
    }
    case 'malformed-checksum': {
      const copy = clone(base.json);
      copy.checksum = pick([base.checksum.toUpperCase(), base.checksum.slice(1), `${base.checksum}0`, 'sha256:' + base.checksum, ''], y);
      return c(`checksum "${String(copy.checksum).slice(0, 12)}…"`, { refuse: ['invalid'] }, bytesOf(copy));
    }
    case 'wrong-signature': {
      const copy = clone(base.json);
      const raw = Uint8Array.from(atob(sig.value), (ch) => ch.charCodeAt(0));
      raw[x % raw.length] ^= 1 << (y % 8);
      copy.signature = { ...sig, value: btoa(String.fromCharCode(...raw)) };
      return c('one bit of the signature changed', { refuse: ['bad-signature'] }, bytesOf(copy));
    }
    case 'short-signature': {
      const copy = clone(base.json);
      copy.signature = { ...sig, value: btoa(atob(sig.value).slice(0, x % 64)) || 'AA==' };
      return c('signature cut short', { refuse: ['bad-signature'] }, bytesOf(copy));
    }
    case 'unknown-signer': {
      const copy = clone(base.json);
      const keyId = pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ed25519-0000000000000000', 'x'], y);
      copy.signature = { ...sig, keyId };
      return c(`signature names key "${keyId}"`, { accept: ['unverified-unknown-signer'] }, bytesOf(copy));
    }
    case 'other-trusted-signer': {
      const other = Object.keys(FUZZ_TRUSTED_KEYS).find((k) => k !== sig.keyId)!;
      const copy = clone(base.json);
      copy.signature = { ...sig, keyId: other };
      return c(`signature claims the other trusted key ${other}`, { refuse: ['bad-signature'] }, bytesOf(copy));
    }
    case 'edited-kept-checksum':
    case 'edited-resealed': {
      // A plausible forgery: one text changed to another valid text (e.g. an owner's name).
      const target = pick(strings.filter((n) => /(^|\.)(en|mn|ko|title|publisher|name|aimag|depositType)$/.test(n.path.join('.'))), x);
      const copy = clone(base.json);
      setAt(copy, target.path, `${String(target.value)} (edited)`);
      if (op === 'edited-kept-checksum') return c(`${target.path.join('.')} edited`, { refuse: ['bad-checksum'] }, bytesOf(copy));
      return c(`${target.path.join('.')} edited and checksum recomputed`, { refuse: ['bad-signature'] }, async () => {
        copy.checksum = await computeChecksum(copy as never);
        return encode(JSON.stringify(copy));
      });
    }
    case 'proto-key': {
      const target = pick(objects, x);
      const key = pick(['__proto__', 'constructor', 'prototype'], y);
      const obj = JSON.stringify(target.value);
      const raw = `{${JSON.stringify(key)}:{"polluted":true,"en":"x"}${obj === '{}' ? '' : `,${obj.slice(1, -1)}`}}`;
      return c(`"${key}" key in ${target.path.join('.')}`, { refuse: ['invalid'] }, withRawValue(base.json, target.path, raw));
    }
    case 'unknown-field': {
      const target = pick(objects, x);
      const copy = clone(base.json);
      setAt(copy, [...target.path, pick(['verified', 'trusted', 'publicKey', 'html', 'onload', 'x'], y)], pick(TYPE_SWAPS, z));
      return c(`unknown field in ${target.path.join('.')}`, { refuse: ['invalid'] }, bytesOf(copy));
    }
    case 'hostile-text-unsigned': {
      const target = pick(strings.filter((n) => /(^|\.)(en|mn|ko|title|publisher)$/.test(n.path.join('.'))), x);
      const copy = clone(base.json);
      delete copy.signature;
      setAt(copy, target.path, pick(HOSTILE_STRINGS, y));
      return c(`${target.path.join('.')} = hostile text, resealed, unsigned`, { accept: ['unsigned'] }, async () => {
        copy.checksum = await computeChecksum(copy as never);
        return encode(JSON.stringify(copy));
      });
    }
  }
}

export function packCases(bases: PackBase[]): fc.Arbitrary<PackCase> {
  return fc
    .tuple(fc.constantFrom(...OPERATIONS), fc.nat(), fc.nat(), fc.nat(), fc.nat())
    .map(([op, b, x, y, z]) => buildCase(bases, op, b, x, y, z));
}

/** Checks one outcome against what the case owes the user; returns what is wrong, or null. */
export function judge(c: PackCase, outcome: Outcome): string | null {
  if ('accepted' in outcome) {
    if (outcome.accepted === 'verified' && outcome.checksum !== c.base.checksum) return 'changed content passed as verified';
    if (c.expect === 'either') return null;
    if ('accept' in c.expect && c.expect.accept.includes(outcome.accepted)) return null;
    return `accepted as ${outcome.accepted}, expected ${JSON.stringify(c.expect)}`;
  }
  if (outcome.details.some((d) => typeof d !== 'string' || d.length === 0)) return 'a refusal detail is empty';
  const longest = Math.max(0, ...outcome.details.map((d) => d.length));
  if (longest > MAX_DETAIL_CHARS) return `a refusal detail is ${longest} characters long (the user must be able to read it)`;
  if (c.expect === 'either') return null;
  if ('refuse' in c.expect && c.expect.refuse.includes(outcome.refused)) return null;
  return `refused as ${outcome.refused} (${outcome.details[0] ?? ''}), expected ${JSON.stringify(c.expect)}`;
}

/** A detail line longer than this is not something a person can read under "Details". */
export const MAX_DETAIL_CHARS = 1000;

export function summarise(results: Array<{ op: Operation; outcome: string }>): string {
  const byOutcome = new Map<string, number>();
  for (const r of results) byOutcome.set(r.outcome, (byOutcome.get(r.outcome) ?? 0) + 1);
  return [...byOutcome.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
}

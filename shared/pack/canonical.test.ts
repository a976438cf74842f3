// The fast canonicalJson must write exactly what the first, obviously-correct version wrote: every pack
// checksum ever sealed (the bundled pack's included) depends on these bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bundled from '../../assets/packs/mongolia-critical-minerals.pack.json';
import { canonicalJson, sortedPrettyJson } from './canonical';
import { computeChecksum } from './integrity';

/** The original implementation, kept verbatim as the reference. */
function referenceCanonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, new Set());
  return parts.join('');

  function write(value: unknown, out: string[], open: Set<object>): void {
    if (value === null) { out.push('null'); return; }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        out.push(JSON.stringify(value));
        return;
      case 'number':
        if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
        out.push(JSON.stringify(value));
        return;
      case 'object':
        break;
      default:
        throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
    }
    if (open.has(value)) throw new TypeError('canonicalJson: the value contains a cycle');
    open.add(value);
    if (Array.isArray(value)) {
      out.push('[');
      value.forEach((item, i) => {
        if (i > 0) out.push(',');
        write(item === undefined ? null : item, out, open);
      });
      out.push(']');
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
      out.push('{');
      keys.forEach((k, i) => {
        if (i > 0) out.push(',');
        out.push(JSON.stringify(k), ':');
        write(record[k], out, open);
      });
      out.push('}');
    }
    open.delete(value);
  }
}

/** Keys that native JSON and plain objects treat specially, mixed into ordinary ones. */
const awkwardKey = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'toJSON', 'constructor', '0', '1', '9', '10', '01', '-1', '1.5', '4294967295', '', 'é', '\u{1F600}', '\ud800', '"', '\\', '\n'),
);
const awkwardString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('\ud800', '\udfff x', '\u2028', '\u0000', '"\\/'));
const awkwardNumber = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER + 2));

/** JSON-like values with awkward keys, numbers and strings, and undefined where JSON would drop or null it. */
const { value: awkwardValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null), fc.boolean(), awkwardNumber, awkwardString,
    fc.array(fc.oneof(tie('value'), fc.constant(undefined))),
    tie('object'),
  ),
  object: fc.array(fc.tuple(awkwardKey, fc.oneof(tie('value'), fc.constant(undefined)))).map((entries) => {
    const o: Record<string, unknown> = {};
    // defineProperty: `o.__proto__ = …` would set the prototype, JSON.parse makes an own property.
    for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    return o;
  }),
}));

describe('canonicalJson matches the reference implementation', () => {
  it('on random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
    }), { numRuns: 2000 });
  });

  it('on JSON text parsed back (own __proto__ keys, index-like keys, lone surrogates)', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      const v: unknown = JSON.parse(text);
      expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
    }), { numRuns: 1000 });
  });

  it('on awkward values: index-like and special keys, −0, lone surrogates, undefined members', () => {
    fc.assert(fc.property(awkwardValue, (v) => {
      expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
    }), { numRuns: 2000 });
  });

  it('on objects whose keys are already in order and on ones that share sub-objects', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const sorted: unknown = JSON.parse(referenceCanonicalJson(v));
      expect(canonicalJson(sorted)).toBe(referenceCanonicalJson(sorted));
      const shared = { a: sorted, b: [sorted, { c: sorted }] };
      expect(canonicalJson(shared)).toBe(referenceCanonicalJson(shared));
    }), { numRuns: 500 });
  });

  it('on values native JSON would write differently (toJSON, class instances, boxed primitives, null prototypes)', () => {
    class Point { constructor(readonly x: number, readonly y: number) {} }
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: 2 });
    const cases: unknown[] = [
      { when: new Date(0) }, { p: new Point(1, 2) }, { toJSON: 'not a function', b: 1 }, [new Map([[1, 2]]), new Set([1])],
      { s: new String('ab') }, { n: new Number(3) }, { t: new Boolean(false) }, nullProto, { nested: { nullProto } },
      { '10': 'a', '9': 'b', x: 'c' }, { '2': 1, '1': 2 }, [undefined, 1], { a: undefined, b: [undefined] },
      Object.assign([1, 2], { extra: 3 }),
    ];
    for (const v of cases) expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
  });

  it('on deep nesting well past where cycles are looked for', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 500; i++) deep = i % 2 ? [deep] : { k: deep, j: i };
    expect(canonicalJson(deep)).toBe(referenceCanonicalJson(deep));
  });

  it('on the bundled pack, keeping its sealed checksum', async () => {
    expect(canonicalJson(bundled)).toBe(referenceCanonicalJson(bundled));
    expect(await computeChecksum(bundled as never)).toBe((bundled as { checksum: string }).checksum);
  });

  it('refuses what the reference refuses, with the same message', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = { deeper: [loop] };
    const bad: unknown[] = [
      Number.NaN, Infinity, { a: -Infinity }, [Number.NaN], { f: () => 1 }, [() => 1], { s: Symbol('x') }, 10n, { big: [1n] }, undefined, loop,
    ];
    for (const v of bad) {
      const expected = (() => {
        try {
          referenceCanonicalJson(v);
        } catch (error) {
          return (error as Error).message;
        }
        return 'no error';
      })();
      expect(expected).not.toBe('no error');
      expect(() => canonicalJson(v)).toThrow(TypeError);
      expect(() => canonicalJson(v)).toThrow(new TypeError(expected));
    }
    expect(() => canonicalJson(loop)).toThrow(/cycle/);
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN is not a JSON number/);
  });

  it('pretty output keeps the canonical form', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(canonicalJson(JSON.parse(sortedPrettyJson(v)))).toBe(referenceCanonicalJson(v));
    }), { numRuns: 300 });
  });
});

// Canonical JSON (RFC 8785 / JCS style): object keys sorted by UTF-16 code units, no whitespace,
// numbers and strings as JSON.stringify writes them. Same bytes in Node, the renderer and a worker.
//
// Speed matters: a pack's checksum serialises every byte of it (~50 MB for 100k deposits). So the usual
// path is one walk that checks every value is plain JSON and puts each object's keys in order (a copy only
// where they are not, with the sorted order of each kind of object remembered), then native JSON.stringify.
// Anything native JSON would write differently goes to the careful writer below, which is the definition.
// Cycles are looked for only along the current path, and only once it is deeper than any real pack.

/** Serialises a JSON value canonically. Throws on values JSON cannot hold (NaN, functions, cycles). */
export function canonicalJson(value: unknown): string {
  // Fast path: native JSON.stringify over the value with every object's keys in order (a sorted copy where
  // they are not). Anything native JSON would write differently from the canonical form (NaN, functions,
  // toJSON, class instances, index-like keys out of order…) sends the whole value to the careful writer.
  if (!('toJSON' in ObjectPrototype) && !('toJSON' in ArrayPrototype)) {
    const ready = prepare(value, [], 0);
    if (ready !== UNSUPPORTED) return JSON.stringify(ready);
  }
  return write(value, [], 0);
}

const UNSUPPORTED = Symbol('unsupported');
const ObjectPrototype = Object.prototype;
const ArrayPrototype = Array.prototype;

/** The value itself, a copy with keys sorted where needed, or UNSUPPORTED. Never throws for bad input. */
function prepare(value: unknown, path: object[], depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : UNSUPPORTED;
    case 'object':
      if (value === null) return value;
      break;
    default:
      return UNSUPPORTED;
  }
  const deep = depth >= CYCLE_CHECK_DEPTH;
  if (deep) {
    if (path.includes(value)) return UNSUPPORTED;
    path.push(value);
  }
  const inner = depth + 1;
  const proto: unknown = Object.getPrototypeOf(value);
  let result: unknown;
  if (Array.isArray(value)) {
    if (proto !== ArrayPrototype) return UNSUPPORTED;
    let copy: unknown[] | undefined;
    const n = value.length;
    for (let i = 0; i < n; i++) {
      const item: unknown = value[i];
      // Holes and undefined: native JSON writes null, like the careful writer.
      const ready = item === undefined ? item : prepare(item, path, inner);
      if (ready === UNSUPPORTED) return UNSUPPORTED;
      if (ready !== item && copy === undefined) copy = value.slice(0, i);
      if (copy !== undefined) copy.push(ready);
    }
    result = copy ?? value;
  } else {
    if (proto !== ObjectPrototype && proto !== null) return UNSUPPORTED;
    const record = value as Record<string, unknown>;
    let keys = Object.keys(record);
    const sorted = inOrder(keys);
    if (!sorted) keys = sortedOrder(keys);
    let copy: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const v = record[k];
      const ready = v === undefined ? v : prepare(v, path, inner);
      if (ready === UNSUPPORTED) return UNSUPPORTED;
      if (copy === undefined && (!sorted || ready !== v)) {
        if (keys.includes('__proto__')) return UNSUPPORTED; // a plain copy would set its prototype instead
        copy = {};
        for (let j = 0; j < i; j++) copy[keys[j]] = record[keys[j]];
      }
      if (copy !== undefined) copy[k] = ready;
    }
    // Index-like keys ("7", "10") are always listed first and in numeric order: keep that only if it is sorted.
    if (copy !== undefined && !sorted && keys.some(isIndexLike) && !inOrder(Object.keys(copy))) return UNSUPPORTED;
    result = copy ?? value;
  }
  if (deep) path.pop();
  return result;
}

/** Last sorted order seen per first key: objects of one kind share their key order, so most sorts are a lookup. */
const orders = new Map<string, { from: string[]; to: string[] }>();

function sortedOrder(keys: string[]): string[] {
  const known = orders.get(keys[0]);
  if (known !== undefined && sameKeys(known.from, keys)) return known.to;
  const to = keys.slice().sort();
  if (orders.size > 1000) orders.clear();
  orders.set(keys[0], { from: keys, to });
  return to;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isIndexLike(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function inOrder(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/** Depth past which the current path is searched for the value being written (a cycle never ends). */
const CYCLE_CHECK_DEPTH = 64;

/** A string needs JSON escaping if it holds a quote, a backslash, a control character or a surrogate. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

function write(value: unknown, path: object[], depth: number): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      // JSON writes finite numbers with Number::toString, except −0, which it writes as 0 (so does String).
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
  const deep = depth >= CYCLE_CHECK_DEPTH;
  if (deep) {
    // A cycle makes the path endless, so past this depth it repeats among the ancestors recorded here.
    if (path.includes(value)) throw new TypeError('canonicalJson: the value contains a cycle');
    path.push(value);
  }
  const inner = depth + 1;
  let out: string;
  if (Array.isArray(value)) {
    const n = value.length;
    out = '[';
    for (let i = 0; i < n; i++) {
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out += item === undefined ? 'null' : write(item, path, inner);
    }
    out += ']';
  } else {
    const record = value as Record<string, unknown>;
    const keys = sortedKeys(record);
    out = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const v = record[k];
      if (v === undefined) continue;
      if (first) first = false;
      else out += ',';
      out += quote(k);
      out += ':';
      out += write(v, path, inner);
    }
    out += '}';
  }
  if (deep) path.pop();
  return out;
}

/** Own enumerable keys in UTF-16 code-unit order; skips the sort when they already are (canonical input). */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return keys.sort();
  return keys;
}

/** Pretty, key-sorted JSON for files people review in git; its canonical form is unchanged. */
export function sortedPrettyJson(value: unknown): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(value)), null, 2)}\n`;
}

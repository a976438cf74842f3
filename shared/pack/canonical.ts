// Canonical JSON (RFC 8785 / JCS style): object keys sorted by UTF-16 code units, no whitespace,
// numbers and strings as JSON.stringify writes them. Same bytes in Node, the renderer and a worker.

/** Serialises a JSON value canonically. Throws on values JSON cannot hold (NaN, functions, cycles). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, new Set());
  return parts.join('');
}

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

/** Pretty, key-sorted JSON for files people review in git; its canonical form is unchanged. */
export function sortedPrettyJson(value: unknown): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(value)), null, 2)}\n`;
}

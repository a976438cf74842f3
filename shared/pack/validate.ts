// validatePack: from `unknown` (parsed JSON) to a typed Pack, or every problem found, in plain English.
import type { z } from 'zod';
import { plainDepositValues } from './deposit-check';
import { checkReferences, type PackView } from './references';
import { formatPath, issueMessage, problemsFromIssues, type Problem } from './problems';
import { COLLECTIONS, PACK_FORMAT, PackSchema, SUPPORTED_FORMAT_VERSIONS, type CollectionName, type Pack } from './schema/pack';

/** Deepest nesting a real pack needs is about 6; anything past this is junk, refused before parsing. */
export const MAX_DEPTH = 32;
/** Upper bound on JSON values walked before parsing (a 100 MB file holds fewer). */
export const MAX_VALUES = 20_000_000;

export type ValidationResult = { ok: true; pack: Pack } | { ok: false; problems: Problem[] };

/** Walks the value without recursion so hostile nesting cannot overflow the stack. */
export function checkShapeBounds(input: unknown, maxDepth = MAX_DEPTH, maxValues = MAX_VALUES): Problem | null {
  const walked = walkBounds(input, 1, 1, maxDepth, maxValues);
  return typeof walked === 'number' ? null : walked;
}

/** Counts values from `seen` on, `input` sitting at `depth`: the new count, or the bound it broke. */
function walkBounds(input: unknown, depth: number, seen: number, maxDepth: number, maxValues: number): number | Problem {
  // Two parallel stacks and for…in: no tuple or Object.values array per object (a 100k-row pack has millions).
  const values: unknown[] = [input];
  const depths: number[] = [depth];
  while (values.length > 0) {
    const value = values.pop();
    const at = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (at > maxDepth) return { path: '(pack)', message: `is nested deeper than ${maxDepth} levels; this is not a Steppe Atlas data pack` };
    let children = 0;
    if (Array.isArray(value)) {
      children = value.length;
      for (let i = 0; i < children; i++) {
        const child: unknown = value[i];
        if (child !== null && typeof child === 'object') values.push(child), depths.push(at + 1);
      }
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        children++;
        const child = record[key];
        if (child !== null && typeof child === 'object') values.push(child), depths.push(at + 1);
      }
    }
    seen += children;
    if (seen > maxValues) return { path: '(pack)', message: `has more than ${maxValues} values; too large to be a data pack` };
  }
  return seen;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Format and version are checked first: a pack we cannot read says so, and nothing else. */
function checkFormat(input: unknown): Problem | null {
  const readable = `this app reads format version ${SUPPORTED_FORMAT_VERSIONS.join(', ')}`;
  if (!isRecord(input)) return { path: '(pack)', message: 'is not a JSON object; this is not a Steppe Atlas data pack' };
  if (input.format !== PACK_FORMAT)
    return { path: 'format', message: `expected "${PACK_FORMAT}", got ${JSON.stringify(input.format) ?? 'nothing'}; this is not a Steppe Atlas data pack` };
  const v = input.formatVersion;
  if (typeof v !== 'number' || !SUPPORTED_FORMAT_VERSIONS.includes(v))
    return { path: 'formatVersion', message: `the pack is format version ${JSON.stringify(v) ?? '(missing)'}, but ${readable}` };
  return null;
}

/** Longest path or message a problem keeps: a pack can hold megabyte strings, a person reads a line. */
export const MAX_PROBLEM_CHARS = 300;

function clip(text: string): string {
  if (text.length <= MAX_PROBLEM_CHARS) return text;
  let end = MAX_PROBLEM_CHARS - 1;
  if (/[\uDC00-\uDFFF]/.test(text[end])) end--; // never split a surrogate pair
  return `${text.slice(0, end)}…`;
}

/** Validates a parsed pack and returns every problem at once (shape, unknown fields, cross-references). */
export function validatePack(input: unknown): ValidationResult {
  // A valid pack passes in pieces, plainly valid deposits without zod; anything else gets the full report.
  const quick = validateQuickly(input);
  if (quick) return { ok: true, pack: quick };
  const result = validateAll(input);
  return result.ok ? result : { ok: false, problems: result.problems.map((p) => ({ path: clip(p.path), message: clip(p.message) })) };
}

function validateQuickly(input: unknown): Pack | null {
  const pieces = validateInPieces(input);
  const header = pieces.header();
  if (!header) return null;
  const pack = { ...header } as Pack;
  for (const c of COLLECTIONS) {
    const rows = pieces.entities(c, (input as Record<CollectionName, unknown[]>)[c]);
    if (!rows) return null;
    (pack as Record<CollectionName, unknown>)[c] = rows;
  }
  return pieces.references(pack) ? pack : null;
}

function validateAll(input: unknown): ValidationResult {
  const bounds = checkShapeBounds(input);
  if (bounds) return { ok: false, problems: [bounds] };
  const format = checkFormat(input);
  if (format) return { ok: false, problems: [format] };
  const parsed = PackSchema.safeParse(input, { error: issueMessage, reportInput: true });
  if (parsed.success) {
    const problems = checkReferences(parsed.data);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
  }
  // Still cross-check the entities that did parse, so one run reports everything.
  const { view, brokenIds } = salvage(input as Record<string, unknown>);
  return { ok: false, problems: [...problemsFromIssues(parsed.error.issues), ...checkReferences(view, brokenIds)] };
}

function salvage(input: Record<string, unknown>): { view: PackView; brokenIds: Record<CollectionName, Set<string>> } {
  const view = {} as Record<CollectionName, unknown[]>;
  const brokenIds = {} as Record<CollectionName, Set<string>>;
  for (const c of COLLECTIONS) {
    const schema = PackSchema.shape[c].element as z.ZodType;
    const raw = Array.isArray(input[c]) ? (input[c] as unknown[]) : [];
    brokenIds[c] = new Set();
    view[c] = raw.map((item) => {
      const one = schema.safeParse(item);
      if (one.success) return one.data;
      const key = isRecord(item) ? item[c === 'countries' ? 'code' : 'id'] : undefined;
      if (typeof key === 'string') brokenIds[c].add(key);
      return null;
    });
  }
  return { view: view as unknown as PackView, brokenIds };
}

export interface PackPieces {
  /** The header (every field but the collections), once each collection is at least a list. */
  header(): Omit<Pack, CollectionName> | null;
  /** One run of a collection's entities, in order; call it for every run of every collection. */
  entities<C extends CollectionName>(collection: C, items: readonly unknown[]): Pack[C] | null;
  /** The cross-references of the whole pack, once every run has passed. */
  references(pack: Pack): boolean;
}

/**
 * Validation in pieces, for loading a large pack while its rows are written (first run): the same checks as
 * validatePack, split into the header, runs of each collection's entities, and the cross-references (the value
 * count limit is shared by the pieces). Each piece says only pass (the parsed value) or fail (null); on a failure,
 * run validatePack for the full report. Deposits that are plainly valid skip zod (see deposit-check.ts).
 */
export function validateInPieces(input: unknown, maxValues = MAX_VALUES): PackPieces {
  let seen = 1; // the pack itself
  const count = (value: unknown, depth: number) => {
    const walked = walkBounds(value, depth, seen, MAX_DEPTH, maxValues);
    if (typeof walked !== 'number') return false;
    seen = walked;
    return true;
  };
  return {
    header() {
      if (checkFormat(input)) return null;
      const record = input as Record<string, unknown>;
      if (!COLLECTIONS.every((c) => Array.isArray(record[c]))) return null;
      const empty = Object.fromEntries(COLLECTIONS.map((c) => [c, []]));
      const headerOnly = { ...record, ...empty };
      if (!count(headerOnly, 1)) return null;
      const parsed = PackSchema.safeParse(headerOnly);
      if (!parsed.success) return null;
      const { sources: _s, countries: _c, deposits: _d, facilities: _f, corridors: _k, events: _e, indicators: _i, ...header } = parsed.data;
      return header;
    },
    entities<C extends CollectionName>(collection: C, items: readonly unknown[]): Pack[C] | null {
      // The list's own entry was counted with the header; its items at depth 3, as in the whole pack.
      if (collection === 'deposits') {
        let values = seen + items.length;
        let plain = true;
        for (const item of items) {
          const n = plainDepositValues(item);
          if (n === 0) {
            plain = false;
            break;
          }
          values += n;
        }
        // Every one plainly valid: zod would return each as it is, so they are the result (no copy).
        if (plain) {
          if (values > maxValues) return null;
          seen = values;
          return items as Pack[C];
        }
      }
      if (!count(items, 2)) return null;
      const parsed = (PackSchema.shape[collection] as unknown as z.ZodType<Pack[C]>).safeParse(items);
      return parsed.success ? parsed.data : null;
    },
    references(pack) {
      return checkReferences(pack).length === 0;
    },
  };
}

export { formatPath };

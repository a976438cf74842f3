// diffPacks: what changed between two packs, per collection, down to the field. Pure; linear in pack size.
import { COLLECTIONS, entityKey, type CollectionName, type Pack, type PackEntity } from './schema/pack';

/** One field that differs. `before` is undefined for an added field, `after` for a removed one. */
export interface FieldChange {
  /** Path inside the entity: "location.lat", "owners[0].share", "estimates[ot-hugo-cu].grade.value". */
  path: string;
  before: unknown;
  after: unknown;
}

export interface CollectionDiff<E = PackEntity> {
  added: Array<{ id: string; entity: E }>;
  removed: Array<{ id: string; entity: E }>;
  changed: Array<{ id: string; changes: FieldChange[] }>;
}

export interface PackDiff {
  /** Header fields that differ (version, title, publishedAt…); checksum and signature are ignored. */
  header: FieldChange[];
  collections: { [C in CollectionName]: CollectionDiff<Pack[C][number]> };
  totals: { added: number; removed: number; changed: number };
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, Json>;
  const rb = b as Record<string, Json>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!deepEqual(ra[k], rb[k])) return false;
  return true;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
const hasId = (v: Json): v is { id: string } => isObject(v) && typeof v.id === 'string';

function diffValue(before: Json, after: Json, path: string, out: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const k of keys) diffValue(before[k], after[k], join(path, k), out);
  } else if (Array.isArray(before) && Array.isArray(after) && before.every(hasId) && after.every(hasId) && before.length + after.length > 0) {
    diffKeyed(before, after, path, out);
  } else if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isObject)) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) diffValue(before[i], after[i], `${path}[${i}]`, out);
  } else {
    // Scalars and lists of scalars (commodities, sourceIds, coordinates) change as a whole.
    out.push({ path, before, after });
  }
}

function diffKeyed(before: Array<{ id: string }>, after: Array<{ id: string }>, path: string, out: FieldChange[]): void {
  const old = new Map(before.map((e) => [e.id, e]));
  const seen = new Set<string>();
  for (const e of after) {
    seen.add(e.id);
    diffValue(old.get(e.id), e, `${path}[${e.id}]`, out);
  }
  for (const e of before) if (!seen.has(e.id)) out.push({ path: `${path}[${e.id}]`, before: e, after: undefined });
}

/** Field-level changes between two versions of one entity. */
export function diffEntity(before: PackEntity, after: PackEntity): FieldChange[] {
  const out: FieldChange[] = [];
  diffValue(before, after, '', out);
  return out;
}

function diffCollection<E extends PackEntity>(name: CollectionName, before: readonly E[], after: readonly E[]): CollectionDiff<E> {
  const result: CollectionDiff<E> = { added: [], removed: [], changed: [] };
  const old = new Map<string, E>();
  for (const e of before) old.set(entityKey(name, e), e);
  const kept = new Set<string>();
  for (const e of after) {
    const id = entityKey(name, e);
    const prev = old.get(id);
    kept.add(id);
    if (prev === undefined) result.added.push({ id, entity: e });
    else if (!deepEqual(prev, e)) result.changed.push({ id, changes: diffEntity(prev, e) });
  }
  for (const [id, e] of old) if (!kept.has(id)) result.removed.push({ id, entity: e });
  return result;
}

const HEADER_FIELDS = ['format', 'formatVersion', 'packId', 'version', 'publishedAt', 'title', 'publisher'] as const;

export function diffPacks(oldPack: Pack, newPack: Pack): PackDiff {
  const header: FieldChange[] = [];
  for (const f of HEADER_FIELDS) if (oldPack[f] !== newPack[f]) header.push({ path: f, before: oldPack[f], after: newPack[f] });
  const collections = {} as Record<CollectionName, CollectionDiff>;
  const totals = { added: 0, removed: 0, changed: 0 };
  for (const c of COLLECTIONS) {
    const d = diffCollection<PackEntity>(c, oldPack[c], newPack[c]);
    collections[c] = d;
    totals.added += d.added.length;
    totals.removed += d.removed.length;
    totals.changed += d.changed.length;
  }
  return { header, collections: collections as PackDiff['collections'], totals };
}

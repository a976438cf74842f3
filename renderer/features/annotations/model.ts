// The annotation model: pure functions over AnnotationRecord. Every edit keeps what it replaced, so an
// accidental overwrite can be taken back from the history even after the session's undo stack is gone.
import { z } from 'zod';
import type { AnnotationFlag, AnnotationRecord, AnnotationTarget, AnnotationVersion } from '../../db/user-data';

export const HISTORY_LIMIT = 20;
export const MAX_BODY_CHARS = 20_000;
export const MAX_TAGS = 30;

export const PARTNER_CODES = ['KR', 'JP', 'US', 'EU', 'CN', 'RU'] as const;

/** Preset flags with their colours; a free-text flag gets a colour from FLAG_PALETTE. */
export const PRESET_FLAGS: AnnotationFlag[] = [
  { id: 'priority', color: '#dc2626' },
  { id: 'verify', color: '#d97706' },
  ...PARTNER_CODES.map((code) => ({ id: `partner:${code}`, color: '#2563eb' })),
];
export const FLAG_PALETTE = ['#dc2626', '#d97706', '#16a34a', '#2563eb', '#7c3aed', '#db2777', '#0891b2', '#4b5563'];

const Flag = z.object({ id: z.string().min(1).max(60), color: z.string().regex(/^#[0-9a-f]{6}$/i) });
const Version = z.object({
  body: z.string(), tags: z.array(z.string()), flags: z.array(Flag), author: z.string(), savedAt: z.string(), writtenAt: z.string(),
});
const LocalizedName = z.object({ en: z.string() }).catchall(z.string().optional());

/** An annotation as the UI uses it: every field present. Records from the database are parsed with this. */
export const AnnotationSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  target: z.object({ kind: z.enum(['deposit', 'facility', 'corridor']), id: z.string(), name: LocalizedName.optional() }),
  depositId: z.string().optional(),
  orphan: z.unknown().optional(),
  body: z.string().default(''),
  tags: z.array(z.string()).default([]),
  flags: z.array(Flag).default([]),
  author: z.string().default(''),
  history: z.array(Version).default([]),
});
export type Annotation = z.infer<typeof AnnotationSchema> & Pick<AnnotationRecord, 'orphan'>;

/** Parses a stored record; records from older or foreign code without a target are skipped (undefined). */
export function parseAnnotation(record: unknown): Annotation | undefined {
  const r = AnnotationSchema.safeParse(record);
  return r.success ? (r.data as Annotation) : undefined;
}

export interface AnnotationContent {
  body: string;
  tags: string[];
  flags: AnnotationFlag[];
}

/** Trims, collapses spaces, caps length; drops empties and case-insensitive duplicates, keeping first spelling. */
export function normalizeTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, 40);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

export function normalizeFlags(flags: AnnotationFlag[]): AnnotationFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const id = f.id.trim();
    if (!id || seen.has(id)) return false;
    seen.add(id);
    return true;
  }).map((f) => ({ id: f.id.trim().slice(0, 60), color: f.color }));
}

/** The colour a new free-text flag gets: stable for the same text. */
export function colorForFlag(id: string): string {
  const preset = PRESET_FLAGS.find((f) => f.id === id);
  if (preset) return preset.color;
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return FLAG_PALETTE[h % FLAG_PALETTE.length];
}

function clean(content: AnnotationContent): AnnotationContent {
  return { body: content.body.slice(0, MAX_BODY_CHARS), tags: normalizeTags(content.tags), flags: normalizeFlags(content.flags) };
}

export function createAnnotation(
  input: { target: AnnotationTarget; author: string; now: string; id?: string } & Partial<AnnotationContent>,
): Annotation {
  const content = clean({ body: input.body ?? '', tags: input.tags ?? [], flags: input.flags ?? [] });
  return {
    id: input.id ?? crypto.randomUUID(),
    createdAt: input.now,
    updatedAt: input.now,
    target: input.target,
    ...(input.target.kind === 'deposit' ? { depositId: input.target.id } : {}),
    ...content,
    author: input.author,
    history: [],
  };
}

const sameContent = (a: AnnotationContent, b: AnnotationContent) =>
  a.body === b.body && JSON.stringify(a.tags) === JSON.stringify(b.tags) && JSON.stringify(a.flags) === JSON.stringify(b.flags);

/** Applies an edit; the replaced content goes to the top of the history (capped). No change → same object. */
export function editAnnotation(a: Annotation, changes: Partial<AnnotationContent>, author: string, now: string): Annotation {
  const next = clean({ body: changes.body ?? a.body, tags: changes.tags ?? a.tags, flags: changes.flags ?? a.flags });
  if (sameContent(next, a)) return a;
  const previous: AnnotationVersion = { body: a.body, tags: a.tags, flags: a.flags, author: a.author, writtenAt: a.updatedAt, savedAt: now };
  return { ...a, ...next, author, updatedAt: now, history: [previous, ...a.history].slice(0, HISTORY_LIMIT) };
}

/** Brings back an earlier version as a new edit (so restoring is itself undoable from the history). */
export function restoreVersion(a: Annotation, index: number, author: string, now: string): Annotation {
  const version = a.history[index];
  if (!version) return a;
  return editAnnotation(a, { body: version.body, tags: version.tags, flags: version.flags }, author, now);
}

export interface AnnotationFilter {
  query?: string;
  tag?: string;
  flag?: string;
  author?: string;
}

/** Case-insensitive match on body, tags, flags, author and the target's names. */
export function matchesFilter(a: Annotation, f: AnnotationFilter, targetLabel = ''): boolean {
  if (f.tag && !a.tags.some((t) => t.toLocaleLowerCase() === f.tag!.toLocaleLowerCase())) return false;
  if (f.flag && !a.flags.some((fl) => fl.id === f.flag)) return false;
  if (f.author && a.author !== f.author) return false;
  const q = f.query?.trim().toLocaleLowerCase();
  if (!q) return true;
  const names = a.target.name ? Object.values(a.target.name).join(' ') : '';
  const hay = [a.body, a.author, targetLabel, names, a.target.id, ...a.tags, ...a.flags.map((fl) => fl.id)].join('\n').toLocaleLowerCase();
  return q.split(/\s+/).every((word) => hay.includes(word));
}

/** Every tag in use with its count, most used first: the autocomplete list. */
export function tagCounts(annotations: Annotation[]): Array<{ tag: string; count: number }> {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const a of annotations) for (const tag of a.tags) {
    const key = tag.toLocaleLowerCase();
    const entry = counts.get(key) ?? { tag, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || x.tag.localeCompare(y.tag));
}

/** Autocomplete: tags starting with the typed text first, then containing it; never one already chosen. */
export function suggestTags(all: Array<{ tag: string }>, typed: string, chosen: string[], limit = 8): string[] {
  const q = typed.trim().toLocaleLowerCase();
  const taken = new Set(chosen.map((t) => t.toLocaleLowerCase()));
  const free = all.map((e) => e.tag).filter((t) => !taken.has(t.toLocaleLowerCase()));
  if (!q) return free.slice(0, limit);
  const starts = free.filter((t) => t.toLocaleLowerCase().startsWith(q));
  const contains = free.filter((t) => !t.toLocaleLowerCase().startsWith(q) && t.toLocaleLowerCase().includes(q));
  return [...starts, ...contains].slice(0, limit);
}

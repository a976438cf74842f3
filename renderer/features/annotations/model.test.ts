import { describe, expect, it } from 'vitest';
import {
  colorForFlag, createAnnotation, editAnnotation, HISTORY_LIMIT, matchesFilter, normalizeTags, parseAnnotation, restoreVersion, suggestTags, tagCounts,
} from './model';

const target = { kind: 'deposit' as const, id: 'oyu-tolgoi', name: { en: 'Oyu Tolgoi', mn: 'Оюу толгой' } };
const t = (n: number) => `2026-01-01T00:00:${String(n).padStart(2, '0')}Z`;

describe('annotation model', () => {
  it('creates a note on a deposit with clean tags and the deposit id indexed', () => {
    const a = createAnnotation({ target, author: 'Bolormaa', now: t(0), body: 'Check **2025** output', tags: [' copper ', 'Copper', '', 'rail  link'] });
    expect(a.depositId).toBe('oyu-tolgoi');
    expect(a.tags).toEqual(['copper', 'rail link']);
    expect(a.createdAt).toBe(t(0));
    expect(parseAnnotation(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('keeps every replaced version, newest first, up to the limit', () => {
    let a = createAnnotation({ target, author: 'A', now: t(0), body: 'v0' });
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) a = editAnnotation(a, { body: `v${i}` }, i % 2 ? 'B' : 'A', t(i));
    expect(a.body).toBe(`v${HISTORY_LIMIT + 5}`);
    expect(a.history).toHaveLength(HISTORY_LIMIT);
    expect(a.history[0]).toMatchObject({ body: `v${HISTORY_LIMIT + 4}`, savedAt: t(HISTORY_LIMIT + 5) });
    expect(a.history.at(-1)!.body).toBe('v5');
  });

  it('does not record a version when nothing changed', () => {
    const a = createAnnotation({ target, author: 'A', now: t(0), body: 'same', tags: ['x'] });
    expect(editAnnotation(a, { body: 'same', tags: ['x '] }, 'A', t(1))).toBe(a);
  });

  it('restores an accidental overwrite from history, keeping the overwrite in history too', () => {
    let a = createAnnotation({ target, author: 'A', now: t(0), body: 'long careful note', flags: [{ id: 'verify', color: '#d97706' }] });
    a = editAnnotation(a, { body: 'oops', flags: [] }, 'A', t(1));
    a = restoreVersion(a, 0, 'A', t(2));
    expect(a.body).toBe('long careful note');
    expect(a.flags).toEqual([{ id: 'verify', color: '#d97706' }]);
    expect(a.history.map((v) => v.body)).toEqual(['oops', 'long careful note']);
  });

  it('filters by tag, flag, author and words in any language', () => {
    const a = createAnnotation({ target, author: 'Bolormaa', now: t(0), body: 'Smelter talks', tags: ['Copper'], flags: [{ id: 'partner:KR', color: '#2563eb' }] });
    expect(matchesFilter(a, { tag: 'copper' })).toBe(true);
    expect(matchesFilter(a, { flag: 'partner:KR', author: 'Bolormaa' })).toBe(true);
    expect(matchesFilter(a, { flag: 'priority' })).toBe(false);
    expect(matchesFilter(a, { query: 'оюу smelter' })).toBe(true);
    expect(matchesFilter(a, { query: 'lithium' })).toBe(false);
  });

  it('suggests tags in use, prefix matches first, never ones already chosen', () => {
    const mk = (tags: string[]) => createAnnotation({ target, author: 'A', now: t(0), tags });
    const counts = tagCounts([mk(['copper', 'rail']), mk(['Copper', 'coking coal']), mk(['rare earths'])]);
    expect(counts[0]).toEqual({ tag: 'copper', count: 2 });
    expect(suggestTags(counts, 'co', [])).toEqual(['copper', 'coking coal']);
    expect(suggestTags(counts, 'r', ['rail'])).toEqual(['rare earths', 'copper']);
    expect(normalizeTags(['a'.repeat(100)])[0]).toHaveLength(40);
  });

  it('gives preset flags their colour and free flags a stable one', () => {
    expect(colorForFlag('priority')).toBe('#dc2626');
    expect(colorForFlag('board memo')).toBe(colorForFlag('board memo'));
    expect(colorForFlag('board memo')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

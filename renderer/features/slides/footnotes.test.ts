import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/pack';
import { collectSources, formatSource, numberSources } from './footnotes';
import { createDeck, createSlide, withSlides } from './model';

const source = (id: string, date?: string): Source => ({ id, kind: 'article', title: `Title ${id}`, publisher: `Pub ${id}`, ...(date ? { date } : {}) });
const sources = new Map(['s1', 's2', 's3'].map((id) => [id, source(id, '2024')]));

describe('footnotes', () => {
  it('collects the highlighted features’ sources in order, each once, skipping ids that do not resolve', () => {
    const byFeature = new Map([
      ['deposit:oyu-tolgoi', ['s2', 's1']],
      ['corridor:gashuunsukhait', ['s1', 'missing', 's3']],
    ]);
    const cited = collectSources(
      [
        { kind: 'deposit', id: 'oyu-tolgoi' },
        { kind: 'corridor', id: 'gashuunsukhait' },
        { kind: 'deposit', id: 'unknown' },
      ],
      byFeature,
      sources,
    );
    expect(cited.map((s) => s.id)).toEqual(['s2', 's1', 's3']);
    expect(cited[0]).toEqual({ id: 's2', title: 'Title s2', publisher: 'Pub s2', date: '2024' });
  });

  it('numbers sources once per deck in order of first citation', () => {
    const cite = (...ids: string[]) => ids.map((id) => ({ id, title: id, publisher: 'P' }));
    const a = createSlide('map', { sources: cite('s2', 's1') });
    const b = createSlide('text', { sources: cite('s3', 's2') });
    const { appendix, numbersFor } = numberSources(withSlides(createDeck({ title: 'd' }), [a, b]));
    expect(appendix.map((s) => [s.n, s.id])).toEqual([
      [1, 's2'],
      [2, 's1'],
      [3, 's3'],
    ]);
    expect(numbersFor(a.id)).toEqual([1, 2]);
    expect(numbersFor(b.id)).toEqual([3, 1]);
  });

  it('formats a footnote as title — publisher, date', () => {
    expect(formatSource({ id: 'x', title: 'Mining law', publisher: 'Ministry', date: '2023-05' })).toBe('Mining law — Ministry, 2023-05');
    expect(formatSource({ id: 'x', title: 'Mining law', publisher: 'Ministry' })).toBe('Mining law — Ministry');
  });
});

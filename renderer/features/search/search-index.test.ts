import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../map/testing/bundled-pack';
import { AtlasSearch, searchDocuments } from './search-index';
import { normalizeTerm, transliterate } from './normalize';

const pack = bundledPack();
const search = new AtlasSearch(searchDocuments(pack));
const first = (q: string) => search.search(q)[0]?.key;

describe('search normalisation', () => {
  it('transliterates Mongolian Cyrillic to Latin', () => {
    expect(transliterate('Оюу толгой')).toBe('oyuu tolgoi');
    expect(transliterate('Өмнөговь')).toBe('omnogovi');
  });
  it('folds diacritics and romanisation variants, and splits Hangul into jamo', () => {
    expect(normalizeTerm('Ömnögovi')).toBe(normalizeTerm('Omnogovi'));
    expect(normalizeTerm('Khovd')).toBe(normalizeTerm('Hovd'));
    expect(normalizeTerm('톨').length).toBe(3);
  });
});

describe('atlas search', () => {
  it.each([
    ['English', 'Oyu Tolgoi'],
    ['Mongolian Cyrillic', 'Оюу толгой'],
    ['Mongolian typed in Latin', 'Oyuu Tolgoi'],
    ['Korean', '오유톨고이'],
    ['lower case, no space', 'oyutolgoi'],
  ])('finds Oyu Tolgoi by its %s name (%s)', (_label, query) => {
    expect(first(query)).toBe('deposit:oyu-tolgoi');
  });

  it('tolerates typos', () => {
    expect(first('Oyu Tolgio')).toBe('deposit:oyu-tolgoi');
    expect(first('Tavan Tolgoy')).toMatch(/tavan-tolgoi|tt-/);
    expect(search.search('Erdenett').slice(0, 3).map((h) => h.key)).toContain('deposit:erdenet');
  });

  it('finds a Korean name while the last syllable is still being typed', () => {
    // "오유톨고" + the first jamo of "이"
    expect(search.search('오유톨고ㅇ').map((h) => h.key)).toContain('deposit:oyu-tolgoi');
  });

  it('finds facilities, corridors and events too', () => {
    expect(search.search('Gashuunsukhait').some((h) => h.kind === 'facility')).toBe(true);
    expect(search.search('railway').some((h) => h.kind === 'corridor')).toBe(true);
    expect(search.search('forum').some((h) => h.kind === 'event')).toBe(true);
  });

  it('returns nothing for an empty query and nothing silly for nonsense', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzzzqqqq')).toEqual([]);
  });
});

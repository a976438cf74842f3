// Mongolian Cyrillic ↔ Latin: the spellings people actually type for the same places meet in one search form.
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../map/testing/bundled-pack';
import { AtlasSearch, searchDocuments } from './search-index';
import { normalizeTerm, tokenize } from './normalize';

const form = (text: string) => tokenize(text).map(normalizeTerm).join(' ');
const search = new AtlasSearch(searchDocuments(bundledPack()));
const keys = (q: string) => search.search(q).map((h) => h.key);

describe('Mongolian Cyrillic and its Latin spellings', () => {
  it.each([
    ['Оюу толгой', 'Oyuu Tolgoi'],
    ['Таван толгой', 'Tavan Tolgoi'],
    ['Хөвсгөл', 'Khövsgöl'],
    ['Хөвсгөл', 'Hovsgol'],
    ['Khövsgöl', 'Hövsgöl'],
    ['Өмнөговь', 'Ömnögovi'],
    ['Замын-Үүд', 'Zamyn-Üüd'],
    ['Замын-Үүд', 'Zamyn-Uud'],
    ['Цагаан суварга', 'Tsagaan Suvarga'],
    ['Эрдэнэт', 'Erdenet'],
    ['Дорноговь', 'Dornogovi'],
    ['Улаанбаатар', 'Ulaanbaatar'],
  ])('%s and %s have one search form', (a, b) => {
    expect(form(a)).toBe(form(b));
  });

  it('folds ө/ö/o and ү/ü/u, and kh/h, ts/c', () => {
    expect(normalizeTerm('ө')).toBe(normalizeTerm('ö'));
    expect(normalizeTerm('ö')).toBe('o');
    expect(normalizeTerm('ү')).toBe(normalizeTerm('ü'));
    expect(normalizeTerm('ü')).toBe('u');
    expect(normalizeTerm('Khovd')).toBe(normalizeTerm('Ховд'));
    expect(normalizeTerm('Tsogttsetsii')).toBe(normalizeTerm('Цогтцэций'));
  });

  it('keeps different places apart', () => {
    expect(form('Оюу толгой')).not.toBe(form('Таван толгой'));
    expect(form('Erdenet')).not.toBe(form('Erdenes'));
  });
});

describe('search finds the same place by any spelling', () => {
  it.each(['Tavan Tolgoi', 'Таван толгой', 'tavan tolgoi', 'Tavan Tolgoy'])('%s finds Tavan Tolgoi', (q) => {
    expect(keys(q).slice(0, 3).some((k) => k.includes('tavan-tolgoi'))).toBe(true);
  });
  it.each(['Oyu Tolgoi', 'Оюу толгой', 'Oyuu Tolgoi', '오유톨고이', 'Oyu Tolgoy'])('%s finds Oyu Tolgoi first', (q) => {
    expect(keys(q)[0]).toBe('deposit:oyu-tolgoi');
  });
  it.each(['Zamyn-Üüd', 'Zamyn Uud', 'Замын-Үүд'])('%s finds the Zamyn-Üüd crossing', (q) => {
    expect(keys(q).slice(0, 3).some((k) => /zamyn/.test(k))).toBe(true);
  });
});

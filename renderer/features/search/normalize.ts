// Text normalisation for search: one form for English, Mongolian Cyrillic (and its Latin spellings) and Korean.
// Cyrillic is transliterated to Latin so "Оюу толгой", "Oyuu Tolgoi" and "Oyu Tolgoi" meet; Hangul is split
// into jamo so a half-typed syllable still matches as a prefix and a one-letter typo stays one edit.

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'sh', ъ: '', ы: 'y', ь: 'i', э: 'e', ю: 'yu', я: 'ya', қ: 'k', ң: 'ng', ә: 'a', і: 'i', ұ: 'u', һ: 'h',
};

/** Mongolian (and Russian, Kazakh) Cyrillic → a plain Latin spelling, lower case. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out;
}

const HANGUL = /[\uac00-\ud7a3]/;

/** One search term → its indexed form: Latin without diacritics, Cyrillic transliterated, Hangul as jamo. */
export function normalizeTerm(term: string): string {
  const lower = term.toLowerCase();
  if (HANGUL.test(lower)) return lower.normalize('NFD');
  return transliterate(lower)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Common romanisation variants of the same Mongolian sounds.
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c');
}

/** Words in any script: letters and digits, split on everything else. */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

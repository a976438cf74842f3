// Label fonts for the map: the @fontsource Noto files shipped in the app, declared as the style's
// `font-faces`, so MapLibre draws Latin, Cyrillic, Hangul, Han and Kana without any glyph server.
// Each file is fetched (from the app itself) only when a label needs a codepoint it covers.
import type { FontFacesSpecification } from 'maplibre-gl';
import ranges from './generated/font-ranges.json';

const urls: Record<string, string> = {
  ...import.meta.glob('../../node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic,cyrillic-ext}-{400,600}-normal.woff2', { query: '?url', import: 'default', eager: true }),
  ...import.meta.glob('../../node_modules/@fontsource/noto-sans-kr/files/*-400-normal.woff2', { query: '?url', import: 'default', eager: true }),
  // Japanese and Chinese: only the subsets the build found the map's local names need (build/fonts.mjs).
  ...import.meta.glob('./generated/fonts/*.woff2', { query: '?url', import: 'default', eager: true }),
};

const unicodeRanges = ranges as Record<string, string[]>;
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function faces(filter: (name: string) => boolean) {
  // Order matters: Latin/Cyrillic first, then Korean (whose files also carry common Han characters).
  const order = ['noto-sans-l', 'noto-sans-c', 'noto-sans-kr', 'noto-sans-jp', 'noto-sans-sc'];
  const rank = (n: string) => order.findIndex((p) => n.startsWith(p));
  return Object.entries(urls)
    .map(([path, url]) => ({ name: fileName(path), url }))
    .filter(({ name }) => filter(name) && unicodeRanges[name])
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map(({ name, url }) => ({ url, 'unicode-range': unicodeRanges[name] }));
}

const KOREAN = /^noto-sans-kr-/;
const LATIN_CYRILLIC_KOREAN = (n: string) => /^noto-sans-(latin|cyrillic|kr)/.test(n);

/** Font names for `text-font`. A local name in Japanese or Chinese is drawn with its own font (so 国 and 國
 *  take the forms readers expect), falling back to the regular stack for anything those subsets lack. */
export const LABEL_FONTS = {
  regular: ['Noto Sans Regular'],
  bold: ['Noto Sans Bold'],
  ja: ['Noto Sans JP Regular', 'Noto Sans Regular'],
  zh: ['Noto Sans SC Regular', 'Noto Sans Regular'],
} as const;

/** Font stacks named in `text-font`: "Noto Sans Regular" and "Noto Sans Bold" (bold falls back to regular CJK). */
export function mapFontFaces(): FontFacesSpecification {
  return {
    'Noto Sans Regular': faces((n) => LATIN_CYRILLIC_KOREAN(n) && n.includes('-400-')),
    'Noto Sans Bold': [...faces((n) => /^noto-sans-(latin|cyrillic)/.test(n) && n.includes('-600-')), ...faces((n) => KOREAN.test(n) && n.includes('-400-'))],
    'Noto Sans JP Regular': faces((n) => n.startsWith('noto-sans-jp-')),
    'Noto Sans SC Regular': faces((n) => n.startsWith('noto-sans-sc-')),
  };
}

// Label fonts for the map: the @fontsource Noto files shipped in the app, declared as the style's
// `font-faces`, so MapLibre draws Latin, Cyrillic and Hangul without any glyph server.
// Each file is fetched (from the app itself) only when a label needs a codepoint it covers.
import type { FontFacesSpecification } from 'maplibre-gl';
import ranges from './generated/font-ranges.json';

const urls: Record<string, string> = {
  ...import.meta.glob('../../node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic,cyrillic-ext}-{400,600}-normal.woff2', { query: '?url', import: 'default', eager: true }),
  ...import.meta.glob('../../node_modules/@fontsource/noto-sans-kr/files/*-400-normal.woff2', { query: '?url', import: 'default', eager: true }),
};

const unicodeRanges = ranges as Record<string, string[]>;
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function faces(filter: (name: string) => boolean) {
  // Order matters: Latin/Cyrillic first, then Korean (whose files also carry common Han characters).
  // Map labels are in English, Korean or Mongolian; Japanese and Chinese fonts are left out to keep the app
  // within its size budget (Japanese/Chinese names appear only in the detail panel, drawn by system fonts).
  const order = ['noto-sans-l', 'noto-sans-c', 'noto-sans-kr'];
  const rank = (n: string) => order.findIndex((p) => n.startsWith(p));
  return Object.entries(urls)
    .map(([path, url]) => ({ name: fileName(path), url }))
    .filter(({ name }) => filter(name) && unicodeRanges[name])
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map(({ name, url }) => ({ url, 'unicode-range': unicodeRanges[name] }));
}

const CJK = /^noto-sans-kr-/;

/** Font stacks named in `text-font`: "Noto Sans Regular" and "Noto Sans Bold" (bold falls back to regular CJK). */
export function mapFontFaces(): FontFacesSpecification {
  return {
    'Noto Sans Regular': faces((n) => n.includes('-400-')),
    'Noto Sans Bold': [...faces((n) => !CJK.test(n) && n.includes('-600-')), ...faces((n) => CJK.test(n) && n.includes('-400-'))],
  };
}

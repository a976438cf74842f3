// Label fonts: the unicode ranges of the @fontsource Noto files the map draws with, and the Japanese and
// Chinese subsets it needs. The Latin, Cyrillic and Korean files ship whole (any name in the app's three
// languages must render). Japanese and Chinese names appear only as the local name under a place in China or
// Japan, so only the subsets covering the characters of the bundled pack's and the country labels' local
// names, plus the kana, are copied into generated/fonts; each one still loads only when a label needs it.
// A later pack's new Han character falls back to the Korean files (which carry common Han) or a system font.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { COUNTRY_LABELS } from './country-names.mjs';

const require = createRequire(import.meta.url);
const PACK = '../../../assets/packs/mongolia-critical-minerals.pack.json';
/** Ideographs, kana and CJK punctuation: what the JP/SC faces are declared for (Latin stays with Noto Sans). */
const CJK_FROM = 0x2e80;
const KANA = [[0x3041, 0x3093], [0x30a1, 0x30f3]];

/** `{ file: ['U+4E00-4E2F', …] }` for one package and weight, read from its CSS. */
function cssRanges(pkg, weight) {
  const css = readFileSync(require.resolve(`@fontsource/${pkg}/${weight}.css`), 'utf8');
  const ranges = {};
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range) ranges[file] = range.split(',').map((r) => r.trim().toUpperCase());
  }
  return ranges;
}

const bounds = (r) => {
  const [a, b = a] = r.replace('U+', '').split('-');
  return [parseInt(a, 16), parseInt(b, 16)];
};

/** Codepoints the map may draw in a Japanese or Chinese local name. */
export function localNameCodepoints() {
  const pack = JSON.parse(readFileSync(new URL(PACK, import.meta.url), 'utf8'));
  const names = [
    ...[...pack.facilities, ...pack.countries].flatMap((x) => [x.name.ja, x.name.zh, x.name.local]),
    ...COUNTRY_LABELS.map((c) => c.local),
  ];
  const points = new Set();
  for (const name of names) for (const ch of name ?? '') if (ch.codePointAt(0) >= CJK_FROM) points.add(ch.codePointAt(0));
  for (const [a, b] of KANA) for (let c = a; c <= b; c++) points.add(c);
  return points;
}

export function buildFonts(out) {
  const ranges = {};
  for (const [pkg, weight] of [['noto-sans', 400], ['noto-sans', 600], ['noto-sans-kr', 400]]) Object.assign(ranges, cssRanges(pkg, weight));
  const dir = join(out, 'fonts');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const needed = localNameCodepoints();
  let copied = 0;
  for (const pkg of ['noto-sans-jp', 'noto-sans-sc']) {
    const files = dirname(require.resolve(`@fontsource/${pkg}/400.css`));
    for (const [file, list] of Object.entries(cssRanges(pkg, 400))) {
      const cjk = list.filter((r) => bounds(r)[1] >= CJK_FROM);
      const covers = cjk.some((r) => {
        const [a, b] = bounds(r);
        for (const c of needed) if (c >= a && c <= b) return true;
        return false;
      });
      if (!covers) continue;
      copyFileSync(join(files, 'files', file), join(dir, file));
      ranges[file] = cjk;
      copied += 1;
    }
  }
  writeFileSync(join(out, 'font-ranges.json'), JSON.stringify(ranges));
  const bytes = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  return { files: Object.keys(ranges).length, copied, bytes };
}

// Colour access: text tokens meet WCAG AA (4.5:1) in both themes, and the commodity and partner palettes stay
// distinguishable under protanopia, deuteranopia and tritanopia (Machado et al. simulation, CIEDE2000 distance).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, parse, wcagContrast,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { COMMODITY_COLOURS, PARTNER_COLOURS } from '../map/palette';

const css = readFileSync(fileURLToPath(new URL('./app.css', import.meta.url)), 'utf8');
/** The #rrggbb custom properties declared in the first block that starts with `selector`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1], m[2]]));
}
const light = tokens(':root');
const THEMES = { light, dark: { ...light, ...tokens(":root[data-theme='dark']") } };

/** Text colour on background: every pairing the app's CSS uses for words. */
const TEXT_PAIRS: Array<[string, string]> = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'surface-2'],
  ['text-muted', 'bg'], ['text-muted', 'surface'], ['text-muted', 'surface-2'],
  ['accent', 'surface'], ['accent-strong', 'surface'], ['accent-contrast', 'accent'],
  ['header-text', 'header-bg'], ['header-muted', 'header-bg'],
  ['danger', 'surface'], ['ok', 'surface'], ['danger', 'surface-2'], ['ok', 'surface-2'], ['accent-strong', 'surface-2'],
];

describe('text contrast of the app.css tokens', () => {
  for (const [theme, t] of Object.entries(THEMES)) {
    it.each(TEXT_PAIRS)(`${theme}: --%s on --%s is at least 4.5:1`, (fg, bg) => {
      expect(t[fg], `--${fg} in ${theme}`).toMatch(/^#/);
      expect(wcagContrast(t[fg], t[bg])).toBeGreaterThanOrEqual(4.5);
    });
  }
});

const SIMULATIONS = {
  normal: (c: string) => c,
  protanopia: (c: string) => formatHex(filterDeficiencyProt(1)(parse(c)!))!,
  deuteranopia: (c: string) => formatHex(filterDeficiencyDeuter(1)(parse(c)!))!,
  tritanopia: (c: string) => formatHex(filterDeficiencyTrit(1)(parse(c)!))!,
};
const distance = differenceCiede2000();

/** Every pair of colours closer than MIN_DELTA after simulation, as "a/b". */
function closePairs(colours: Record<string, string>, simulate: (c: string) => string): string[] {
  const entries = Object.entries(colours).map(([k, v]) => [k, simulate(v)] as const);
  const close: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (distance(entries[i][1], entries[j][1]) < MIN_DELTA) close.push(`${entries[i][0]}/${entries[j][0]}`);
    }
  }
  return close;
}

// ΔE2000 ≈ 10 is clearly different side by side on a map. Deposit symbols are all circles (the letter code is the only
// other cue), so every pair of the nine commodity groups and the four partners must reach it in every simulation —
// no exceptions list: a palette change that brings any pair closer fails here.
const MIN_DELTA = 10;

describe('palettes under colour-vision deficiencies', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [vision, simulate] of Object.entries(SIMULATIONS)) {
      it(`${theme} commodity colours stay apart for ${vision}`, () => {
        expect(closePairs(COMMODITY_COLOURS[theme], simulate)).toEqual([]);
      });
      it(`${theme} partner colours stay apart for ${vision}`, () => {
        const { KR, JP, US, EU } = PARTNER_COLOURS[theme];
        expect(closePairs({ KR, JP, US, EU }, simulate)).toEqual([]);
      });
    }
  }

  it('the check reports a close pair: the earlier dark-theme w-mo-sn and fluorspar blues', () => {
    expect(closePairs({ 'w-mo-sn': '#6cc0f2', fluorspar: '#5aa9e6' }, SIMULATIONS.normal)).toEqual(['w-mo-sn/fluorspar']);
  });

  it('the simulation really changes colours: red and green come much closer for deuteranopia', () => {
    const [red, green] = ['#d62728', '#2ca02c'];
    const seen = distance(red, green);
    const simulated = distance(SIMULATIONS.deuteranopia(red), SIMULATIONS.deuteranopia(green));
    expect(simulated).toBeLessThan(seen / 2);
  });
});

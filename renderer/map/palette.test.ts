import { describe, expect, it } from 'vitest';
import type { ExpressionSpecification } from 'maplibre-gl';
import { COMMODITY_COLOURS, inkOn } from './palette';
import { depositLayers } from './layers/deposits';
import { EMPTY_FILTERS } from '../store/map';

const luminance = (hex: string) => {
  const ch = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(0) + 0.7152 * ch(1) + 0.0722 * ch(2);
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('commodity symbol ink', () => {
  it('picks white on dark colours and near-black on light ones', () => {
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('#ffffff')).toBe('#111111');
  });

  it('keeps every legend code readable (WCAG AA 4.5:1) in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const [group, colour] of Object.entries(COMMODITY_COLOURS[theme])) {
        expect(contrast(colour, inkOn(colour)), `${theme} ${group} ${colour}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('draws each map symbol code in an ink readable on that group colour (WCAG AA 4.5:1)', () => {
    for (const theme of ['light', 'dark'] as const) {
      const layers = depositLayers({ theme, filters: EMPTY_FILTERS, lens: null, count: 10, language: 'en' });
      const codes = layers.find((l) => l.id === 'deposit-codes');
      const match = (codes?.paint as { 'text-color': ExpressionSpecification })['text-color'] as unknown[];
      expect(match[0]).toBe('match');
      for (const [group, colour] of Object.entries(COMMODITY_COLOURS[theme])) {
        const ink = match[match.indexOf(group) + 1] as string;
        expect(contrast(colour, ink), `${theme} ${group}: ${ink} on ${colour}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

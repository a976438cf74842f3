import { describe, expect, it } from 'vitest';
import { FACILITY_KINDS } from '../../../shared/pack';
import { NODE_GLYPHS, nodeIconColours, nodeIconId, parseNodeIconId } from './node-icons';

describe('corridor node icons', () => {
  it('has a pictogram for every kind of node, none of them a letter', () => {
    for (const kind of FACILITY_KINDS) {
      const glyph = NODE_GLYPHS[kind];
      expect(glyph.stroke ?? glyph.fill, kind).toMatch(/^M[\d.]/);
    }
    // Distinct shapes, so two kinds never look alike.
    const shapes = FACILITY_KINDS.map((k) => JSON.stringify(NODE_GLYPHS[k]));
    expect(new Set(shapes).size).toBe(FACILITY_KINDS.length);
  });

  it('names an image per theme and kind, and reads the name back (other images are not ours)', () => {
    expect(parseNodeIconId(nodeIconId('dark', 'port'))).toEqual({ theme: 'dark', kind: 'port' });
    expect(parseNodeIconId('node-dark-unknown')).toBeNull();
    expect(parseNodeIconId('deposit-ree')).toBeNull();
  });

  it('draws dark ink on a light badge in the light theme, and the reverse in the dark theme', () => {
    const lum = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    const light = nodeIconColours('light');
    const dark = nodeIconColours('dark');
    expect(lum(light.badge)).toBeGreaterThan(lum(light.ink));
    expect(lum(dark.badge)).toBeLessThan(lum(dark.ink));
  });
});

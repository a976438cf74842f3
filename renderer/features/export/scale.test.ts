import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from './scale';
import { fileNameFor } from './job';

describe('print scale bar', () => {
  it('uses MapLibre’s 512-px tiles: about 78 km per pixel at zoom 0 on the equator', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
  });

  it('picks the longest round distance that fits', () => {
    expect(scaleBar(10_000, 35)).toEqual({ metres: 200_000, label: '200 km', length: 20 });
    expect(scaleBar(3, 35)).toMatchObject({ metres: 100, label: '100 m' });
    const bar = scaleBar(1234, 40);
    expect(bar.length).toBeLessThanOrEqual(40);
    expect(bar.length).toBeGreaterThan(8);
  });
});

describe('export file names', () => {
  it('keep letters of every script and drop characters no disk accepts', () => {
    expect(fileNameFor('Briefing: copper / coal', 'pdf')).toBe('Briefing-copper-coal.pdf');
    expect(fileNameFor('핵심 광물 브리핑', 'pptx')).toBe('핵심-광물-브리핑.pptx');
    expect(fileNameFor('Ашигт малтмал', 'png')).toBe('Ашигт-малтмал.png');
    expect(fileNameFor('  ', 'pdf')).toBe('steppe-atlas.pdf');
  });
});

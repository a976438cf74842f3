import { describe, expect, it } from 'vitest';
import { baseStyle, palettes } from './style';
import { worldCountries } from './countries';

describe('basemap style', () => {
  const countries = worldCountries();

  it('ships Mongolia and its neighbours in the bundled country shapes', () => {
    const names = countries.features.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Mongolia', 'China', 'Russia', 'South Korea', 'Japan', 'Kazakhstan']));
  });

  it('references no remote resource: no glyphs, sprite or URL sources', () => {
    const style = baseStyle('light', countries);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:/);
  });

  it('emphasises Mongolia differently in light and dark themes', () => {
    const light = baseStyle('light', countries).layers.find((l) => l.id === 'mongolia-fill');
    const dark = baseStyle('dark', countries).layers.find((l) => l.id === 'mongolia-fill');
    expect(light?.paint).toMatchObject({ 'fill-color': palettes.light.mongolia });
    expect(dark?.paint).toMatchObject({ 'fill-color': palettes.dark.mongolia });
    expect(palettes.light.mongolia).not.toBe(palettes.dark.mongolia);
  });
});

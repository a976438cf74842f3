import { describe, expect, it } from 'vitest';
import type { Feature, Polygon, Position } from 'geojson';
import { AIMAGS } from './aimags';
import { aimagLabels, aimagShapes, lakeLabels, waterShapes } from './countries';
import { COUNTRY_LABELS } from './country-labels';
import { baseStyle, palettes } from './style';
import { worldCountries } from './countries';
import { pointInRing as inRing } from './build/geo.mjs';

const CYRILLIC = /^[\p{Script=Cyrillic}\s-]+$/u;
const HANGUL = /^[\p{Script=Hangul}\s]+$/u;

/** Inside a polygon's outer ring and outside its holes. */
const inPolygon = (p: Position, [outer, ...holes]: Position[][]) => inRing(p, outer) && !holes.some((h) => inRing(p, h));
const polygons = (f: Feature) => (f.geometry.type === 'Polygon' ? [(f.geometry as Polygon).coordinates] : (f.geometry as { coordinates: Position[][][] }).coordinates);

describe('aimags on the basemap', () => {
  const shapes = aimagShapes().features;

  it('draws every aimag and the capital, each once, with a label in English, Mongolian and Korean', () => {
    expect(shapes.map((f) => f.properties?.id).sort()).toEqual(AIMAGS.map((a) => a.id).sort());
    const labels = aimagLabels().features;
    expect(labels).toHaveLength(AIMAGS.length);
    for (const { properties: p } of labels) {
      expect(p?.en).toBeTruthy();
      expect(p?.mn, p?.en).toMatch(CYRILLIC);
      expect(p?.ko, p?.en).toMatch(HANGUL);
    }
  });

  it('puts Erdenet in Orkhon (outlined approximately) and no longer in Bulgan', () => {
    const erdenet = AIMAGS.find((a) => a.id === 'orkhon')!.centre;
    const holding = shapes.filter((f) => polygons(f).some((poly) => inPolygon(erdenet, poly)));
    expect(holding.map((f) => f.properties?.id)).toEqual(['orkhon']);
    expect(holding[0].properties?.approximate).toBe(1);
  });

  it('keeps each aimag centre inside its own polygon (no mislabelled shapes such as Baganuur as Govisümber)', () => {
    for (const aimag of AIMAGS) {
      const shape = shapes.find((f) => f.properties?.id === aimag.id)!;
      expect(polygons(shape).some((poly) => inPolygon(aimag.centre, poly)), aimag.en).toBe(true);
    }
  });
});

describe('lakes and rivers', () => {
  const water = waterShapes().features;

  it('has Khövsgöl, Uvs, Khyargas and Baikal as lakes, each label point on its lake', () => {
    for (const id of ['khovsgol', 'uvs', 'khyargas', 'baikal']) {
      const lake = water.find((f) => f.properties?.kind === 'lake' && f.properties.id === id);
      const label = lakeLabels().features.find((f) => f.properties?.id === id);
      expect(lake, id).toBeDefined();
      expect(polygons(lake!).some((poly) => inPolygon((label!.geometry as { coordinates: Position }).coordinates, poly)), id).toBe(true);
      expect(label?.properties?.mn).toMatch(CYRILLIC);
      expect(label?.properties?.ko).toMatch(/\p{Script=Hangul}/u);
    }
  });

  it('names the Selenge and the Amur, and keeps to the region around Mongolia', () => {
    const rivers = water.filter((f) => f.properties?.kind === 'river');
    expect(rivers.map((f) => f.properties?.id)).toEqual(expect.arrayContaining(['selenge', 'amur']));
    const lons = rivers.flatMap((f) => (f.geometry as { coordinates: Position[][] }).coordinates.flat().map((p) => p[0]));
    expect(Math.min(...lons)).toBeGreaterThan(80);
    expect(Math.max(...lons)).toBeLessThan(140);
  });

  it('draws water in muted colours of each theme, with river names in the label language', () => {
    for (const theme of ['light', 'dark'] as const) {
      const layers = baseStyle(theme, worldCountries(), { language: 'mn' }).layers;
      expect(layers.find((l) => l.id === 'lakes')?.paint).toMatchObject({ 'fill-color': palettes[theme].lake });
      expect(layers.find((l) => l.id === 'rivers')?.paint).toMatchObject({ 'line-color': palettes[theme].river });
      expect(layers.find((l) => l.id === 'river-labels')?.layout).toMatchObject({ 'text-field': ['get', 'mn'] });
    }
    expect(palettes.light.lake).not.toBe(palettes.dark.lake);
  });
});

describe('country labels', () => {
  it('name every labelled country in Mongolian Cyrillic and Korean Hangul', () => {
    for (const c of COUNTRY_LABELS) {
      expect(c.mn, c.code).toMatch(CYRILLIC);
      expect(c.ko, c.code).toMatch(HANGUL);
    }
  });

  it('follow the label language, with the own-script name under it where different', () => {
    const layer = baseStyle('light', worldCountries(), { language: 'ko' }).layers.find((l) => l.id === 'country-labels');
    const field = JSON.stringify(layer?.layout?.['text-field' as never]);
    expect(field).toContain('["get","ko"]');
    expect(field).toContain('"local"');
    expect(COUNTRY_LABELS.find((c) => c.code === 'CN')).toMatchObject({ local: '中国', script: 'zh' });
    expect(COUNTRY_LABELS.find((c) => c.code === 'JP')).toMatchObject({ local: '日本', script: 'ja' });
  });
});

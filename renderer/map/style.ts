// The basemap style as data: a pure function of theme and country shapes, with no URLs.
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export type MapTheme = 'light' | 'dark';

export const palettes = {
  light: { water: '#dfe8ec', land: '#f4f1ea', border: '#b9b2a4', mongolia: '#efe4cc', mongoliaLine: '#8a6d3b' },
  dark: { water: '#0f1a24', land: '#1c252e', border: '#3b4754', mongolia: '#2a2f28', mongoliaLine: '#d8b56a' },
} as const;

/** Mongolia's extent, for "fit Mongolia" and the first view. */
export const MONGOLIA_BOUNDS: [[number, number], [number, number]] = [
  [87.7, 41.5],
  [119.95, 52.2],
];

export function baseStyle(theme: MapTheme, countries: FeatureCollection): StyleSpecification {
  const c = palettes[theme];
  return {
    version: 8,
    name: `steppe-atlas-${theme}`,
    sources: { countries: { type: 'geojson', data: countries } },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': c.water } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': c.land } },
      {
        id: 'mongolia-fill',
        type: 'fill',
        source: 'countries',
        filter: ['==', ['get', 'name'], 'Mongolia'],
        paint: { 'fill-color': c.mongolia },
      },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': c.border, 'line-width': 0.6 } },
      {
        id: 'mongolia-line',
        type: 'line',
        source: 'countries',
        filter: ['==', ['get', 'name'], 'Mongolia'],
        paint: { 'line-color': c.mongoliaLine, 'line-width': 1.6 },
      },
    ],
  };
}

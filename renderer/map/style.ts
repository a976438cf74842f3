// The basemap style as data: a pure function of theme, shapes and options, with no URLs.
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { LABEL_COLOURS, PARTNER_COLOURS, PARTNERS, TRANSIT } from './palette';
import { countryLabels } from './country-labels';

export type MapTheme = 'light' | 'dark';
export type LabelLanguage = 'en' | 'ko' | 'mn';

export const palettes = {
  light: { water: '#dfe8ec', land: '#f4f1ea', border: '#b9b2a4', mongolia: '#efe4cc', mongoliaLine: '#8a6d3b', aimagLine: '#c4ad84' },
  dark: { water: '#0f1a24', land: '#1c252e', border: '#3b4754', mongolia: '#2a2f28', mongoliaLine: '#d8b56a', aimagLine: '#5b5a44' },
} as const;

/** Mongolia's extent, for "fit Mongolia" and the first view. */
export const MONGOLIA_BOUNDS: [[number, number], [number, number]] = [
  [87.7, 41.5],
  [119.95, 52.2],
];

export interface BasemapOptions {
  aimags?: FeatureCollection;
  aimagLabels?: FeatureCollection;
  language?: LabelLanguage;
  /** Partner whose country is highlighted; the other partners fade. */
  lens?: string | null;
  showPartners?: boolean;
  showAimags?: boolean;
  /** Style-level font-faces (see fonts.ts); omitted in unit tests. */
  fontFaces?: StyleSpecification['font-faces'];
}

const isMongolia: FilterSpecification = ['==', ['get', 'name'], 'Mongolia'];

export function baseStyle(theme: MapTheme, countries: FeatureCollection, options: BasemapOptions = {}): StyleSpecification {
  const c = palettes[theme];
  const label = LABEL_COLOURS[theme];
  const language = options.language ?? 'en';
  const partnerColours = PARTNER_COLOURS[theme];
  const tinted = [...PARTNERS, ...TRANSIT.filter((t) => !(PARTNERS as readonly string[]).includes(t))];
  const lens = options.lens ?? null;
  const visible = (on: boolean | undefined) => (on === false ? 'none' : 'visible');
  const sources: StyleSpecification['sources'] = {
    countries: { type: 'geojson', data: countries },
    'country-labels': { type: 'geojson', data: countryLabels() },
  };
  const layers: LayerSpecification[] = [
    { id: 'water', type: 'background', paint: { 'background-color': c.water } },
    { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': c.land } },
    {
      id: 'partner-fill',
      type: 'fill',
      source: 'countries',
      filter: ['in', ['get', 'partner'], ['literal', tinted]],
      layout: { visibility: visible(options.showPartners) },
      paint: {
        'fill-color': ['match', ['get', 'partner'], ...tinted.flatMap((p) => [p, partnerColours[p]]), c.land] as never,
        'fill-opacity': lens
          ? ['case', ['==', ['get', 'partner'], lens], 0.55, 0.08]
          : ['case', ['in', ['get', 'partner'], ['literal', [...TRANSIT]]], 0.42, 0.38],
      },
    },
    { id: 'mongolia-fill', type: 'fill', source: 'countries', filter: isMongolia, paint: { 'fill-color': c.mongolia } },
    { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': c.border, 'line-width': 0.6 } },
  ];
  if (options.aimags) {
    sources.aimags = { type: 'geojson', data: options.aimags };
    layers.push({
      id: 'aimag-lines', type: 'line', source: 'aimags', minzoom: 3.5,
      layout: { visibility: visible(options.showAimags), 'line-join': 'round' },
      paint: { 'line-color': c.aimagLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    });
  }
  layers.push({ id: 'mongolia-line', type: 'line', source: 'countries', filter: isMongolia, paint: { 'line-color': c.mongoliaLine, 'line-width': 1.6 } });
  if (options.aimagLabels) {
    sources['aimag-labels'] = { type: 'geojson', data: options.aimagLabels };
    layers.push({
      id: 'aimag-labels', type: 'symbol', source: 'aimag-labels', minzoom: 4.6,
      layout: {
        visibility: visible(options.showAimags),
        'text-field': ['get', language], 'text-font': ['Noto Sans Regular'], 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10.5, 8, 13],
        'text-letter-spacing': 0.08, 'text-transform': language === 'en' ? 'uppercase' : 'none', 'text-max-width': 8,
      },
      paint: { 'text-color': c.mongoliaLine, 'text-opacity': 0.75, 'text-halo-color': c.mongolia, 'text-halo-width': 1 },
    });
  }
  layers.push({
    id: 'country-labels', type: 'symbol', source: 'country-labels', maxzoom: 7,
    layout: {
      'text-field': ['get', language], 'text-font': ['Noto Sans Bold'],
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['*', 11, ['get', 'rank']], 6, ['*', 15, ['get', 'rank']]],
      'text-letter-spacing': 0.12, 'text-transform': language === 'en' ? 'uppercase' : 'none', 'text-max-width': 10,
    },
    paint: { 'text-color': label.country, 'text-halo-color': c.land, 'text-halo-width': 1.2 },
  });
  return {
    version: 8,
    name: `steppe-atlas-${theme}`,
    ...(options.fontFaces ? { 'font-faces': options.fontFaces } : {}),
    sources,
    layers,
  };
}

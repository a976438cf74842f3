// The basemap style as data: a pure function of theme, shapes and options, with no URLs.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { LABEL_COLOURS, PARTNER_COLOURS, PARTNERS, TRANSIT } from './palette';
import { countryLabels } from './country-labels';
import { lakeLabels, waterShapes } from './countries';
import { LABEL_FONTS } from './fonts';

export type MapTheme = 'light' | 'dark';
export type LabelLanguage = 'en' | 'ko' | 'mn';

export const palettes = {
  light: {
    water: '#dfe8ec', land: '#f4f1ea', border: '#b9b2a4', mongolia: '#efe4cc', mongoliaLine: '#8a6d3b', aimagLine: '#c4ad84',
    lake: '#d3e2ea', river: '#9fbfd0', waterText: '#4f7489',
  },
  dark: {
    water: '#0f1a24', land: '#1c252e', border: '#3b4754', mongolia: '#2a2f28', mongoliaLine: '#d8b56a', aimagLine: '#5b5a44',
    lake: '#142434', river: '#2f5470', waterText: '#8fb4cc',
  },
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

/**
 * A place's name in the label language, with its own-script name (`local`, in font `script`) on a smaller second
 * line when that differs: 中国 under China, Россия under 러시아. Exported for node labels.
 */
export function nameWithLocal(language: LabelLanguage): ExpressionSpecification {
  const font = ['case', ['==', ['get', 'script'], 'ja'], ['literal', LABEL_FONTS.ja], ['==', ['get', 'script'], 'zh'], ['literal', LABEL_FONTS.zh], ['literal', LABEL_FONTS.regular]];
  const local = ['coalesce', ['get', 'local'], ''];
  return [
    'case',
    ['any', ['==', local, ''], ['==', local, ['get', language]]],
    ['format', ['get', language], {}],
    ['format', ['get', language], {}, '\n', {}, local, { 'font-scale': 0.72, 'text-font': font }],
  ] as unknown as ExpressionSpecification;
}

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
    water: { type: 'geojson', data: waterShapes() },
    'lake-labels': { type: 'geojson', data: lakeLabels() },
  };
  const isLake: FilterSpecification = ['==', ['get', 'kind'], 'lake'];
  const isRiver: FilterSpecification = ['==', ['get', 'kind'], 'river'];
  const waterLabelPaint = { 'text-color': c.waterText, 'text-halo-color': c.land, 'text-halo-width': 1.2 };
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
    { id: 'lakes', type: 'fill', source: 'water', filter: isLake, paint: { 'fill-color': c.lake, 'fill-outline-color': c.river } },
    {
      id: 'rivers', type: 'line', source: 'water', filter: isRiver, minzoom: 2.5,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 1.3, 9, 2.2] },
    },
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
  layers.push(
    {
      id: 'river-labels', type: 'symbol', source: 'water', minzoom: 5, filter: ['all', isRiver, ['has', 'en']],
      layout: {
        'symbol-placement': 'line', 'symbol-spacing': 350, 'text-field': ['get', language], 'text-font': [...LABEL_FONTS.regular],
        'text-size': 11, 'text-letter-spacing': 0.06, 'text-max-angle': 35, 'text-offset': [0, -0.6],
      },
      paint: waterLabelPaint,
    },
    {
      id: 'lake-labels', type: 'symbol', source: 'lake-labels', minzoom: 4.2,
      layout: { 'text-field': ['get', language], 'text-font': [...LABEL_FONTS.regular], 'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 13], 'text-max-width': 7 },
      paint: waterLabelPaint,
    },
  );
  layers.push({
    id: 'country-labels', type: 'symbol', source: 'country-labels', maxzoom: 7,
    layout: {
      'text-field': nameWithLocal(language), 'text-font': [...LABEL_FONTS.bold],
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

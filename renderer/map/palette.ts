// Thematic colours for both themes. Commodity hues follow Okabe–Ito (distinguishable under the common
// colour-vision deficiencies) and every group also carries a short code on the map, so colour is never
// the only cue. Transit countries (China, Russia) get neutral tints, partners saturated ones.
import type { CommodityGroup, CorridorMode } from '../../shared/pack';
import type { MapTheme } from './style';

export const COMMODITY_COLOURS: Record<MapTheme, Record<CommodityGroup, string>> = {
  // Nudged from Okabe–Ito (and, in dark, lightened) until every pair is ΔE2000 ≥ 11 for normal vision and simulated
  // protanopia, deuteranopia and tritanopia; see colour-access.test.ts. Dark fluorspar is an ice blue so it parts from
  // the sky-blue w-mo-sn, and light ree is a dustier magenta so tritanopes tell it from iron.
  light: {
    ree: '#b76394', 'battery-metals': '#009768', 'w-mo-sn': '#3f99e8', uranium: '#cab500', 'cu-au': '#d35e00',
    coal: '#4a4a4a', fluorspar: '#005ea9', iron: '#8d5b3d', other: '#909090',
  },
  dark: {
    ree: '#d084bc', 'battery-metals': '#00ac7b', 'w-mo-sn': '#5dbef6', uranium: '#f1e445', 'cu-au': '#ff8a3b',
    coal: '#c7c7c7', fluorspar: '#b9deff', iron: '#ecb38e', other: '#9e9e9e',
  },
};

/** Short codes drawn on deposit symbols and in the legend. */
export const COMMODITY_CODES: Record<CommodityGroup, string> = {
  ree: 'REE', 'battery-metals': 'Li', 'w-mo-sn': 'W', uranium: 'U', 'cu-au': 'Cu', coal: 'C', fluorspar: 'F', iron: 'Fe', other: '•',
};

export const PARTNERS = ['KR', 'JP', 'US', 'EU', 'CN', 'RU'] as const;
export type PartnerCode = (typeof PARTNERS)[number];
/** Transit countries are shown, and lensable, but tinted as transit rather than as partners. */
export const TRANSIT = ['CN', 'RU', 'KZ'] as const;

export const PARTNER_COLOURS: Record<MapTheme, Record<PartnerCode | 'KZ', string>> = {
  light: { KR: '#0072b2', JP: '#cc79a7', US: '#009e73', EU: '#e69f00', CN: '#b9a27f', RU: '#8d9bab', KZ: '#a7b59a' },
  // Okabe–Ito in light; in dark each partner is a step lighter and KR/JP, KR/US pushed apart for protanopes and tritanopes.
  dark: { KR: '#58afe3', JP: '#e69ebb', US: '#00d1a3', EU: '#edae17', CN: '#8a7858', RU: '#5f6d7d', KZ: '#6f7d63' },
};

export const CORRIDOR_MODE_COLOURS: Record<MapTheme, Record<CorridorMode, string>> = {
  light: { rail: '#7a3b2e', road: '#b0701c', sea: '#1f6fa8', air: '#6a4fa3', multimodal: '#2d6a4f' },
  dark: { rail: '#f08a6e', road: '#f2b65a', sea: '#6db8f0', air: '#b79cf0', multimodal: '#74c69d' },
};

/** Text and halo colours for map labels. */
export const LABEL_COLOURS: Record<MapTheme, { text: string; halo: string; muted: string; country: string }> = {
  light: { text: '#1d2530', halo: '#fffdf8', muted: '#5a6270', country: '#6b6252' },
  dark: { text: '#eef2f6', halo: '#0f1a24', muted: '#a5b1bd', country: '#9aa6b2' },
};

/** The text colour (near-black or white) with the higher WCAG contrast on a #rrggbb background. */
export function inkOn(background: string): '#111111' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(background.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  const onWhite = 1.05 / (luminance + 0.05);
  const onBlack = (luminance + 0.05) / 0.0556; // #111111 has luminance ≈ 0.0056
  return onBlack >= onWhite ? '#111111' : '#ffffff';
}

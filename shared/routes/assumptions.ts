// Documented modelling assumptions for corridor analysis. None of these figures is in the data pack: they are
// the Steppe Atlas team's indicative, order-of-magnitude values, shown in the UI as assumptions, never as facts.
import type { Position } from '../pack';

export type LegMode = 'rail' | 'road' | 'sea' | 'air';

export interface ModeAssumption {
  /** Average door-to-door speed including stops, crew changes and waiting, km per hour of elapsed time. */
  kmPerHour: number;
  /** Indicative line-haul cost, US dollars per tonne-kilometre. */
  usdPerTonneKm: number;
}

/**
 * Per-mode speeds and costs. Source note: team assumption for bulk mineral freight, chosen to sit inside the
 * ranges commonly quoted for landlocked Central Asia (rail a few US cents per t·km, trucks several times rail,
 * ocean bulk well under one cent, air cargo dollars per t·km). Replace with sourced figures when the pack has them.
 */
export const MODE_ASSUMPTIONS: Readonly<Record<LegMode, ModeAssumption>> = {
  rail: { kmPerHour: 20, usdPerTonneKm: 0.045 },
  road: { kmPerHour: 17, usdPerTonneKm: 0.11 },
  sea: { kmPerHour: 24, usdPerTonneKm: 0.008 },
  air: { kmPerHour: 600, usdPerTonneKm: 2.2 },
};

/** Changing mode (truck to train, train to ship…): handling time and cost per tonne. Team assumption. */
export const TRANSSHIPMENT = { hours: 24, usdPerTonne: 6 } as const;
/** Crossing a national border (customs, gauge change, queues at the Chinese border): team assumption. */
export const BORDER_CROSSING = { hours: 48, usdPerTonne: 12 } as const;

/** Roads wind: straight-line distance × this factor for trucked access and transfer legs. */
export const ROAD_DETOUR_FACTOR = 1.3;
/** Two network points of one country closer than this are joined by a short road transfer (junctions, city ↔ station). */
export const TRANSFER_MAX_KM = 60;
/** Facing border posts of two countries closer than this are joined (e.g. Zamyn-Üüd ↔ Erenhot), one must be a crossing. */
export const BORDER_PAIR_MAX_KM = 15;

/**
 * Air freight is modelled only for high-value refined products: precious metals, rare-earth oxides and minor
 * technology metals. A deposit qualifies when its main (first-listed) commodity is one of these; bulk ores,
 * concentrates and coal never fly.
 */
export const AIR_ELIGIBLE_COMMODITIES: ReadonlySet<string> = new Set([
  'Au', 'Ag', 'PGE', 'Pt', 'Pd', 'REE', 'HREE', 'LREE', 'Nd', 'Pr', 'Dy', 'Tb', 'Ga', 'Ge', 'In', 'Te', 'Re', 'Ta', 'Sc',
]);

/** Partners a route can be asked for. Mongolia has a profile, but it is the origin, not a destination. */
export const DESTINATION_PARTNERS = ['KR', 'JP', 'US', 'EU', 'CN', 'RU'] as const;
export type DestinationPartner = (typeof DESTINATION_PARTNERS)[number];

/** Member states whose ports and airports count as arriving in the EU. */
export const EU_MEMBERS: ReadonlySet<string> = new Set([
  'EU', 'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** The market a partner code stands for: its own facilities (ports, airports, borders) count as arrival. */
export function partnerOfCountry(country: string): DestinationPartner | null {
  if (EU_MEMBERS.has(country)) return 'EU';
  return (DESTINATION_PARTNERS as readonly string[]).includes(country) ? (country as DestinationPartner) : null;
}

/** A destination gateway the pack does not hold (a US West Coast port, Rotterdam…), added by the analysis. */
export interface AssumedGateway {
  id: string;
  name: { en: string; ko: string; mn: string };
  country: string;
  kind: 'port' | 'airport';
  position: Position;
}

/** A leg the pack does not hold (onward to an assumed gateway, or a known missing link), approximate length. */
export interface AssumedLeg {
  from: string;
  to: string;
  mode: LegMode;
  km: number;
}

export const ASSUMED_GATEWAYS: readonly AssumedGateway[] = [
  { id: 'assumed-long-beach', name: { en: 'Los Angeles / Long Beach (assumed gateway)', ko: '로스앤젤레스·롱비치 (가정 관문)', mn: 'Лос-Анжелес / Лонг-Бич (таамаг боомт)' }, country: 'US', kind: 'port', position: [-118.21, 33.75] },
  { id: 'assumed-lax', name: { en: 'Los Angeles airport (assumed gateway)', ko: '로스앤젤레스 공항 (가정 관문)', mn: 'Лос-Анжелесийн нисэх буудал (таамаг)' }, country: 'US', kind: 'airport', position: [-118.41, 33.94] },
  { id: 'assumed-rotterdam', name: { en: 'Rotterdam (assumed gateway)', ko: '로테르담 (가정 관문)', mn: 'Роттердам (таамаг боомт)' }, country: 'NL', kind: 'port', position: [4.05, 51.95] },
  { id: 'assumed-hamburg', name: { en: 'Hamburg (assumed gateway)', ko: '함부르크 (가정 관문)', mn: 'Гамбург (таамаг боомт)' }, country: 'DE', kind: 'port', position: [9.93, 53.54] },
  { id: 'assumed-frankfurt-air', name: { en: 'Frankfurt airport (assumed gateway)', ko: '프랑크푸르트 공항 (가정 관문)', mn: 'Франкфуртын нисэх буудал (таамаг)' }, country: 'DE', kind: 'airport', position: [8.57, 50.03] },
];

/**
 * Onward and missing legs, approximate sea distances by the usual shipping lanes (Pacific crossing; Suez for Asia–Europe;
 * Mediterranean and Gibraltar from the Black Sea) and great-circle air distances. Team assumption.
 * A leg whose `from` facility is not in the pack is simply skipped.
 */
export const ASSUMED_LEGS: readonly AssumedLeg[] = [
  // Borzya–Karymskaya–Chita (Trans-Baikal Railway): joins the Choibalsan line to the Trans-Siberian.
  { from: 'borzya', to: 'chita', mode: 'rail', km: 400 },
  { from: 'busan-port', to: 'niigata-port', mode: 'sea', km: 950 },
  { from: 'tianjin-port', to: 'niigata-port', mode: 'sea', km: 2_100 },
  { from: 'busan-port', to: 'assumed-long-beach', mode: 'sea', km: 9_800 },
  { from: 'incheon-port', to: 'assumed-long-beach', mode: 'sea', km: 10_300 },
  { from: 'tianjin-port', to: 'assumed-long-beach', mode: 'sea', km: 10_900 },
  { from: 'vladivostok', to: 'assumed-long-beach', mode: 'sea', km: 9_300 },
  { from: 'vostochny', to: 'assumed-long-beach', mode: 'sea', km: 9_200 },
  { from: 'niigata-port', to: 'assumed-long-beach', mode: 'sea', km: 9_000 },
  { from: 'tianjin-port', to: 'assumed-rotterdam', mode: 'sea', km: 20_000 },
  { from: 'busan-port', to: 'assumed-rotterdam', mode: 'sea', km: 20_100 },
  { from: 'vladivostok', to: 'assumed-rotterdam', mode: 'sea', km: 21_300 },
  { from: 'vostochny', to: 'assumed-rotterdam', mode: 'sea', km: 21_400 },
  { from: 'constanta-port', to: 'assumed-rotterdam', mode: 'sea', km: 7_200 },
  { from: 'assumed-rotterdam', to: 'assumed-hamburg', mode: 'sea', km: 600 },
  { from: 'icn', to: 'assumed-lax', mode: 'air', km: 9_600 },
  { from: 'nrt', to: 'assumed-lax', mode: 'air', km: 8_800 },
  { from: 'icn', to: 'assumed-frankfurt-air', mode: 'air', km: 8_600 },
];

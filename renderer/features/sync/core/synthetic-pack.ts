// A valid pack of any size, for tests, fixtures and the import benchmark. Not used by the app itself.
import { CURRENT_FORMAT_VERSION, PACK_FORMAT, type Deposit, type PackBody } from '../../../../shared/pack';

export interface SyntheticOptions {
  version?: number;
  packId?: string;
  title?: string;
  deposits?: number;
  facilities?: number;
  /** Deposit ids to leave out (to model a removal). */
  without?: string[];
  /** Change applied to each deposit (to model field changes). */
  editDeposit?: (deposit: Deposit, index: number) => Deposit;
}

const COMMODITIES = ['Cu', 'Au', 'REE', 'Mo', 'W', 'U', 'Coal', 'Fluorspar', 'Fe', 'Li'] as const;
const STATUSES = ['producing', 'exploration', 'development', 'feasibility', 'prospect'] as const;
const AIMAGS = ['Ömnögovi', 'Dornogovi', 'Khentii', 'Dornod', 'Bayan-Ölgii', 'Sükhbaatar'];

export function depositId(i: number): string {
  return `deposit-${i}`;
}

export function syntheticPack(options: SyntheticOptions = {}): PackBody {
  const { version = 1, packId = 'synthetic-minerals', deposits = 20, facilities = 4 } = options;
  const without = new Set(options.without ?? []);
  const src = ['synthetic-survey'];
  const depositList: Deposit[] = [];
  for (let i = 0; i < deposits; i++) {
    const id = depositId(i);
    if (without.has(id)) continue;
    const d: Deposit = {
      id,
      name: { en: `Deposit ${i}`, mn: `Орд ${i}`, ko: `광상 ${i}` },
      location: { lat: 42 + (i % 700) / 100, lon: 88 + (i % 2900) / 100, precisionKm: 5, confidence: 'medium' },
      aimag: AIMAGS[i % AIMAGS.length],
      commodities: [COMMODITIES[i % COMMODITIES.length]],
      depositType: 'synthetic',
      status: STATUSES[i % STATUSES.length],
      owners: [{ name: `Company ${i % 50}`, share: 50, country: 'MN' }],
      partnerCountries: i % 3 === 0 ? ['KR'] : [],
      strategic: i % 7 === 0 ? 'yes' : 'no',
      estimates: [],
      confidence: 'medium',
      sourceIds: src,
    };
    depositList.push(options.editDeposit ? options.editDeposit(d, i) : d);
  }
  const facilityList = Array.from({ length: Math.max(2, facilities) }, (_, i) => ({
    id: `facility-${i}`,
    kind: 'rail-station' as const,
    country: 'MN',
    name: { en: `Station ${i}` },
    location: { lat: 44 + i / 10, lon: 100 + i / 10, precisionKm: 1, confidence: 'high' as const },
    sourceIds: src,
  }));
  return {
    format: PACK_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    packId,
    version,
    publishedAt: `2026-0${Math.min(9, version)}-01T00:00:00Z`,
    title: options.title ?? 'Synthetic minerals',
    publisher: 'Steppe Atlas tests',
    sources: [{ id: 'synthetic-survey', kind: 'dataset', title: 'Synthetic survey', publisher: 'Tests' }],
    countries: [
      { code: 'MN', name: { en: 'Mongolia' }, roles: ['producer'], profile: { en: 'Producer.' }, engagements: [], sourceIds: src },
      { code: 'KR', name: { en: 'Korea' }, roles: ['buyer'], profile: { en: 'Buyer.' }, engagements: [], sourceIds: src },
    ],
    deposits: depositList,
    facilities: facilityList,
    corridors: [{
      id: 'corridor-0', name: { en: 'Line 0' }, mode: 'rail', status: 'operating', nodeIds: ['facility-0', 'facility-1'],
      geometry: [[facilityList[0].location.lon, facilityList[0].location.lat], [facilityList[1].location.lon, facilityList[1].location.lat]],
      transitCountries: ['MN'], confidence: 'high', sourceIds: src,
    }],
    events: [{ id: 'event-0', date: '2025-05', kind: 'agreement', title: { en: 'Agreement' }, summary: { en: 'Signed.' }, countryCodes: ['KR'], depositIds: depositList.length ? [depositList[0].id] : [], sourceIds: src }],
    indicators: [{ id: 'indicator-0', name: { en: 'Exports' }, value: 10, unit: 't', period: '2024', sourceIds: src }],
  };
}

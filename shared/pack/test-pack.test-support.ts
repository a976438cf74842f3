// Test support: a tiny valid pack built in code (no files), sealed with a real checksum.
import { sealPack } from './integrity';
import type { Pack, PackBody } from './schema/pack';

export function tinyBody(): PackBody {
  return {
    format: 'steppe-atlas-pack', formatVersion: 1, packId: 'tiny', version: 1, publishedAt: '2026-01-01T00:00:00Z',
    title: 'Tiny', publisher: 'Tests',
    sources: [{ id: 'src-a', kind: 'article', title: 'An article', publisher: 'A paper', date: '2025-09-22' }],
    countries: [{ code: 'MN', name: { en: 'Mongolia', mn: 'Монгол Улс' }, roles: ['producer'], profile: { en: 'Landlocked.' }, engagements: [], sourceIds: ['src-a'] }],
    deposits: [{
      id: 'dep-a', name: { en: 'Deposit A', mn: 'А' }, location: { lat: 45, lon: 105, precisionKm: 5, confidence: 'high' }, aimag: 'Ömnögovi',
      commodities: ['Cu', 'Au'], depositType: 'porphyry', status: 'producing', owners: [{ name: 'Owner', share: 50 }], partnerCountries: ['MN'],
      strategic: 'yes', confidence: 'high', sourceIds: ['src-a'],
      estimates: [{ id: 'dep-a-1', category: 'reserve', classification: 'reserve', code: 'JORC', tonnage: { value: 10, unit: 'Mt' }, grade: { value: 1, unit: '% Cu' }, confidence: 'medium', sourceIds: ['src-a'] }],
    }],
    facilities: [
      { id: 'fac-a', kind: 'rail-station', country: 'MN', name: { en: 'A station' }, location: { lat: 45, lon: 105, precisionKm: 1, confidence: 'high' }, sourceIds: ['src-a'] },
      { id: 'fac-b', kind: 'border-crossing', country: 'MN', name: { en: 'B crossing' }, location: { lat: 43, lon: 107, precisionKm: 1, confidence: 'high' }, sourceIds: ['src-a'] },
    ],
    corridors: [{
      id: 'cor-a', name: { en: 'A–B' }, mode: 'rail', status: 'operating', nodeIds: ['fac-a', 'fac-b'], geometry: [[105, 45], [106, 44], [107, 43]],
      transitCountries: ['MN'], lengthKm: 300, confidence: 'medium', sourceIds: ['src-a'],
    }],
    events: [{ id: 'ev-a', date: '2025-09', kind: 'forum', title: { en: 'Forum' }, summary: { en: 'A forum.' }, countryCodes: ['MN'], depositIds: ['dep-a'], sourceIds: ['src-a'] }],
    indicators: [{ id: 'ind-a', name: { en: 'Share' }, value: 61, unit: '%', period: '2025', sourceIds: ['src-a'] }],
  };
}

export async function tinyPack(): Promise<Pack> {
  return sealPack(tinyBody());
}

/** A deep copy typed loosely, for breaking things on purpose. */
export function mutable(pack: Pack): Record<string, any> {
  return JSON.parse(JSON.stringify(pack)) as Record<string, any>;
}

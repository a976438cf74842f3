// packStats: counts a briefing or a pack review needs at a glance.
import { commodityGroup, type CommodityGroup } from './commodity';
import { COLLECTIONS, type CollectionName, type Pack } from './schema/pack';

export interface PackStats {
  counts: Record<CollectionName, number>;
  depositsByCommodity: Record<string, number>;
  depositsByGroup: Partial<Record<CommodityGroup, number>>;
  depositsByStatus: Record<string, number>;
  depositsByPartner: Record<string, number>;
  corridorsByMode: Record<string, number>;
  corridorsByStatus: Record<string, number>;
  /** Names (and descriptions for deposits) without a Mongolian or Korean version. */
  missingTranslations: Record<'mn' | 'ko', { deposits: number; facilities: number; countries: number; depositDescriptions: number }>;
  lowConfidence: { deposits: number; depositLocations: number; facilities: number; corridors: number; estimates: number; events: number; indicators: number };
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

export function packStats(pack: Pack): PackStats {
  const counts = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) counts[c] = pack[c].length;
  const stats: PackStats = {
    counts, depositsByCommodity: {}, depositsByGroup: {}, depositsByStatus: {}, depositsByPartner: {},
    corridorsByMode: {}, corridorsByStatus: {},
    missingTranslations: {
      mn: { deposits: 0, facilities: 0, countries: 0, depositDescriptions: 0 },
      ko: { deposits: 0, facilities: 0, countries: 0, depositDescriptions: 0 },
    },
    lowConfidence: { deposits: 0, depositLocations: 0, facilities: 0, corridors: 0, estimates: 0, events: 0, indicators: 0 },
  };
  const low = stats.lowConfidence;
  for (const d of pack.deposits) {
    d.commodities.forEach((c) => bump(stats.depositsByCommodity, c));
    bump(stats.depositsByGroup as Record<string, number>, commodityGroup(d));
    bump(stats.depositsByStatus, d.status);
    d.partnerCountries.forEach((p) => bump(stats.depositsByPartner, p));
    if (d.confidence === 'low') low.deposits++;
    if (d.location.confidence === 'low') low.depositLocations++;
    low.estimates += d.estimates.filter((e) => e.confidence === 'low').length;
    for (const lang of ['mn', 'ko'] as const) {
      if (!d.name[lang]) stats.missingTranslations[lang].deposits++;
      if (d.description && !d.description[lang]) stats.missingTranslations[lang].depositDescriptions++;
    }
  }
  for (const f of pack.facilities) {
    if (f.location.confidence === 'low') low.facilities++;
    for (const lang of ['mn', 'ko'] as const) if (!f.name[lang]) stats.missingTranslations[lang].facilities++;
  }
  for (const c of pack.countries) for (const lang of ['mn', 'ko'] as const) if (!c.name[lang]) stats.missingTranslations[lang].countries++;
  for (const c of pack.corridors) {
    bump(stats.corridorsByMode, c.mode);
    bump(stats.corridorsByStatus, c.status);
    if (c.confidence === 'low') low.corridors++;
  }
  low.events = pack.events.filter((e) => e.confidence === 'low').length;
  low.indicators = pack.indicators.filter((i) => i.confidence === 'low').length;
  return stats;
}

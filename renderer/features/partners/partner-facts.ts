// Pure: what the pack says about one partner, gathered for the profile and the compare table.
import type { Country, Deposit, Indicator, PackEvent } from '../../../shared/pack';

export interface PartnerFacts {
  country: Country;
  deposits: Deposit[];
  agreements: PackEvent[];
  investments: PackEvent[];
  oda: PackEvent[];
  otherEvents: PackEvent[];
  indicators: Indicator[];
  latest: PackEvent | undefined;
  /** Every source id cited anywhere in the profile, in first-cited order. */
  sourceIds: string[];
}

const AGREEMENT_KINDS = new Set(['agreement', 'meeting', 'forum', 'visit']);
const INVESTMENT_KINDS = new Set(['investment', 'acquisition']);
const newestFirst = (a: PackEvent, b: PackEvent) => b.date.localeCompare(a.date);

/** Events a partner is party to: EU member states' events count for the EU. */
export function partnerFacts(
  country: Country,
  content: { deposits: readonly Deposit[]; events: readonly PackEvent[]; indicators: readonly Indicator[] },
): PartnerFacts {
  const code = country.code;
  const events = content.events.filter((e) => e.countryCodes.includes(code)).sort(newestFirst);
  const agreements = events.filter((e) => AGREEMENT_KINDS.has(e.kind));
  const investments = events.filter((e) => INVESTMENT_KINDS.has(e.kind));
  const oda = events.filter((e) => e.kind === 'oda');
  const otherEvents = events.filter((e) => !agreements.includes(e) && !investments.includes(e) && !oda.includes(e));
  const deposits = content.deposits.filter((d) => d.partnerCountries.includes(code) || d.owners.some((o) => o.country === code));
  const indicators = content.indicators.filter((i) => i.countryCodes?.includes(code));
  const sourceIds: string[] = [];
  const cite = (ids: readonly string[]) => ids.forEach((id) => sourceIds.includes(id) || sourceIds.push(id));
  cite(country.sourceIds);
  country.engagements.forEach((e) => cite(e.sourceIds));
  events.forEach((e) => cite(e.sourceIds));
  indicators.forEach((i) => cite(i.sourceIds));
  deposits.forEach((d) => cite(d.sourceIds));
  return { country, deposits, agreements, investments, oda, otherEvents, indicators, latest: events[0], sourceIds };
}

// The pack's collections: sources, countries, deposits, facilities, corridors, events, indicators.
import { z } from 'zod';
import {
  Caveat, Commodity, Confidence, CountryCode, Id, LocalizedName, LocalizedText, Location, PackDate, Position,
  SourceIds,
} from './primitives';

const text = z.string().trim().min(1, { error: 'must not be empty' });

export const Source = z.strictObject({
  id: Id,
  kind: z.enum(['article', 'dataset', 'dataset-record', 'report', 'company', 'agency', 'encyclopedia', 'general-knowledge']),
  title: text,
  publisher: text,
  /** Publication date of an article, or the version/commit date of a dataset. */
  date: PackDate.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Record id inside a dataset, e.g. a USGS record number. */
  recordId: text.optional(),
  licence: text.optional(),
  note: LocalizedText.optional(),
});

export const COUNTRY_ROLES = ['buyer', 'investor', 'transit', 'competitor', 'processor', 'producer'] as const;

export const Engagement = z.strictObject({
  summary: LocalizedText,
  date: PackDate.optional(),
  eventIds: z.array(Id).optional(),
  depositIds: z.array(Id).optional(),
  sourceIds: SourceIds,
});

export const Country = z.strictObject({
  code: CountryCode,
  name: LocalizedName,
  roles: z.array(z.enum(COUNTRY_ROLES)).min(1),
  profile: LocalizedText,
  engagements: z.array(Engagement),
  sourceIds: SourceIds,
});

export const ESTIMATE_CODES = ['JORC', 'NI 43-101', 'Mongolian state register', 'other'] as const;

const Quantity = z.strictObject({ value: z.number().nonnegative(), unit: text });

/** One resource/reserve figure as reported; tonnage, grade and contained metal are never merged. */
export const Estimate = z
  .strictObject({
    id: Id,
    /** The category exactly as the source words it ("proven reserve, primary sulphide ore"). */
    category: text,
    classification: z.enum(['resource', 'reserve', 'resource-incl-reserve', 'unstated']),
    code: z.enum(ESTIMATE_CODES),
    tonnage: Quantity.optional(),
    grade: Quantity.optional(),
    contained: Quantity.optional(),
    asOf: PackDate.optional(),
    confidence: Confidence,
    note: LocalizedText.optional(),
    sourceIds: SourceIds,
  })
  .refine((e) => e.tonnage !== undefined || e.grade !== undefined || e.contained !== undefined, {
    error: 'needs at least one of tonnage, grade or contained',
  });

export const DEPOSIT_STATUSES = [
  'producing', 'construction', 'development', 'feasibility', 'exploration', 'prospect',
  'care-and-maintenance', 'past-producer', 'closed',
] as const;

export const COMMODITY_GROUPS = [
  'ree', 'battery-metals', 'w-mo-sn', 'uranium', 'cu-au', 'coal', 'fluorspar', 'iron', 'other',
] as const;

export const Owner = z.strictObject({
  name: text,
  /** Percentage, 0–100. */
  share: z.number().min(0).max(100).optional(),
  country: CountryCode.optional(),
  role: z.enum(['owner', 'operator', 'state-holder', 'joint-venture', 'historical']).optional(),
  confidence: Confidence.optional(),
});

export const Deposit = z.strictObject({
  id: Id,
  name: LocalizedName,
  location: Location,
  aimag: text,
  /** Listed most important first; the first one decides the commodity group unless `primaryGroup` is set. */
  commodities: z.array(Commodity).min(1),
  primaryGroup: z.enum(COMMODITY_GROUPS).optional(),
  depositType: text,
  status: z.enum(DEPOSIT_STATUSES),
  owners: z.array(Owner),
  /** Partner countries (codes in `countries`) whose state or companies hold a stake or run the work. */
  partnerCountries: z.array(CountryCode),
  strategic: z.enum(['yes', 'no', 'unknown']),
  estimates: z.array(Estimate),
  confidence: Confidence,
  description: LocalizedText.optional(),
  caveats: z.array(Caveat).optional(),
  sourceIds: SourceIds,
});

export const FACILITY_KINDS = [
  'border-crossing', 'rail-station', 'port', 'airport', 'processing-zone', 'mine-site', 'research-centre', 'city',
] as const;

export const Facility = z.strictObject({
  id: Id,
  kind: z.enum(FACILITY_KINDS),
  country: CountryCode,
  name: LocalizedName,
  location: Location,
  /** Deposits this facility serves directly (a mine site, a railhead at the pit). */
  depositIds: z.array(Id).optional(),
  note: LocalizedText.optional(),
  caveats: z.array(Caveat).optional(),
  sourceIds: SourceIds,
});

export const CORRIDOR_MODES = ['rail', 'road', 'sea', 'air', 'multimodal'] as const;
const Mode = z.enum(CORRIDOR_MODES);
export const LEG_MODES = ['rail', 'road', 'sea', 'air'] as const;

export const Corridor = z.strictObject({
  id: Id,
  name: LocalizedName,
  mode: Mode,
  /** For a multimodal corridor: the mode of each leg between consecutive nodes. */
  legModes: z.array(z.enum(LEG_MODES)).optional(),
  status: z.enum(['operating', 'construction', 'planned', 'proposed']),
  openedYear: z.number().int().min(1800).max(2100).optional(),
  /** Facility ids in travel order. */
  nodeIds: z.array(Id).min(2, { error: 'a corridor needs at least two nodes' }),
  /** GeoJSON LineString coordinates through every node in order, with waypoints where the line bends. */
  geometry: z.array(Position).min(2),
  /** Countries the line runs through, origin first (ISO-2). */
  transitCountries: z.array(CountryCode).min(1),
  lengthKm: z.number().positive().optional(),
  capacity: text.optional(),
  notes: LocalizedText.optional(),
  confidence: Confidence,
  caveats: z.array(Caveat).optional(),
  sourceIds: SourceIds,
});

export const EVENT_KINDS = [
  'agreement', 'forum', 'export-control', 'investment', 'oda', 'opening', 'policy', 'visit', 'study',
  'discovery', 'acquisition', 'data-release', 'meeting',
] as const;

export const PackEvent = z.strictObject({
  id: Id,
  date: PackDate,
  /** Set when the event spans a period. */
  endDate: PackDate.optional(),
  kind: z.enum(EVENT_KINDS),
  title: LocalizedText,
  summary: LocalizedText,
  countryCodes: z.array(CountryCode),
  depositIds: z.array(Id),
  facilityIds: z.array(Id).optional(),
  confidence: Confidence.optional(),
  sourceIds: SourceIds,
});

export const IndicatorPoint = z.strictObject({
  key: text,
  label: LocalizedText,
  value: z.number(),
  unit: text.optional(),
});

export const Indicator = z.strictObject({
  id: Id,
  name: LocalizedText,
  value: z.number(),
  unit: text,
  /** The date or period the figure describes ("2025-08", "2018"); `periodEnd` closes a range. */
  period: PackDate,
  periodEnd: PackDate.optional(),
  breakdown: z.array(IndicatorPoint).optional(),
  countryCodes: z.array(CountryCode).optional(),
  note: LocalizedText.optional(),
  confidence: Confidence.optional(),
  sourceIds: SourceIds,
});

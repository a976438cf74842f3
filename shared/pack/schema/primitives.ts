// Building blocks shared by every pack entity: ids, dates, names, places, confidence.
import { z } from 'zod';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A stable, kebab-case id chosen by the pack author ("oyu-tolgoi"). */
export const Id = z.string().regex(KEBAB, { error: (iss) => `${JSON.stringify(iss.input)} is not a kebab-case id (like "oyu-tolgoi")` });

/** ISO 3166-1 alpha-2 code, plus "EU" for the European Union. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, {
  error: (iss) => `${JSON.stringify(iss.input)} is not a two-letter country code (like "KR" or "EU")`,
});

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** An ISO 8601 calendar date at the precision the source gives: "2025", "2025-04" or "2025-09-22". */
export const PackDate = z.string().refine(isCalendarDate, {
  error: (iss) => `${JSON.stringify(iss.input)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
});

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A full ISO 8601 timestamp with a time zone ("2026-01-15T09:00:00Z"). */
export const Timestamp = z.string().refine((s) => DATETIME.test(s) && isCalendarDate(s.slice(0, 10)), {
  error: (iss) => `${JSON.stringify(iss.input)} is not an ISO 8601 timestamp (like "2026-01-15T09:00:00Z")`,
});

export const Confidence = z.enum(['high', 'medium', 'low']);

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A name in the languages the app shows; English is required. `local` holds an endonym in any other script. */
export const LocalizedName = z.strictObject({
  en: text,
  mn: text.optional(),
  ko: text.optional(),
  ja: text.optional(),
  zh: text.optional(),
  ru: text.optional(),
  local: text.optional(),
});

/** Descriptive text written by the pack's authors (never pasted from a source). */
export const LocalizedText = z.strictObject({ en: text, ko: text.optional(), mn: text.optional() });

const latitudeMessage = (iss: { input?: unknown }) => `${String(iss.input)} is not a latitude (−90…90)`;
const longitudeMessage = (iss: { input?: unknown }) => `${String(iss.input)} is not a longitude (−180…180)`;
export const Latitude = z.number().min(-90, { error: latitudeMessage }).max(90, { error: latitudeMessage });
export const Longitude = z.number().min(-180, { error: longitudeMessage }).max(180, { error: longitudeMessage });

/** A point on Earth with how far off it may be and how sure we are of it. */
export const Location = z.strictObject({
  lat: Latitude,
  lon: Longitude,
  /** Radius in km within which the real place should lie. */
  precisionKm: z.number().positive().max(1000),
  confidence: Confidence,
  note: LocalizedText.optional(),
});

/** GeoJSON position order: [longitude, latitude]. */
export const Position = z.tuple([Longitude, Latitude]);

/** One or more ids in `sources`; every fact cites at least one. */
export const SourceIds = z.array(Id).min(1, { error: 'must cite at least one source' });

/** A fact the reference marks uncertain: which field, how sure, and why (our words). */
export const Caveat = z.strictObject({
  field: z.string().min(1),
  confidence: Confidence,
  note: LocalizedText,
});

const SYMBOLS =
  'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu';
/** Element symbols plus named commodities that are not single elements. */
export const COMMODITIES = [...SYMBOLS.split(' '), 'REE', 'HREE', 'LREE', 'PGE', 'Coal', 'Fluorspar', 'Phosphate', 'Graphite'] as const;
const commoditySet = new Set<string>(COMMODITIES);
export const Commodity = z.string().refine((c) => commoditySet.has(c), {
  error: (iss) => `${JSON.stringify(iss.input)} is not a known commodity (an element symbol like "Cu", or REE, Coal, Fluorspar…)`,
});

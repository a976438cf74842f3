// Numbers, quantities, percentages and dates the way each UI language writes them, all through Intl,
// so every panel formats "6,146 t" / "6,146톤" / "6,146 т" and Korean dates ("2026년 11월 23일") alike.
import type { Language } from './catalogues';
import { intlKnowsMongolian, MONGOLIAN_UNITS, mongolianDate, mongolianTime } from './mongolian';

/** Mongolian written by our own rules where Intl lacks it (checked once; tests may reset it). */
let handWrittenMongolian: boolean | null = null;
const handWritten = (language: string) => language === 'mn' && (handWrittenMongolian ??= !intlKnowsMongolian());
/** For tests: write Mongolian by hand (true), through Intl (false) or as this runtime can (null). */
export function writeMongolianByHand(on: boolean | null): void {
  handWrittenMongolian = on;
}

/** The Intl locale for a UI language (Mongolian in Cyrillic as written in Mongolia). */
export function intlLocale(language: string): string {
  if (language === 'mn') return 'mn-MN';
  if (language === 'ko') return 'ko-KR';
  return language === 'en' ? 'en-US' : language;
}

/** A plain number, at most `digits` decimals (grouping per locale). */
export function formatNumber(value: number, language: Language | string, digits = 0): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(value);
}

/** A share 0…1 as a percentage ("12.5%"). */
export function formatPercent(share: number, language: Language | string, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: digits }).format(share);
}

// Intl has no tonne unit, so the mass words are ours; `glued` writes the unit without a space (Korean "6,146톤").
const MASS: Record<string, Record<'en' | 'ko' | 'mn', { word: string; glued?: boolean }>> = {
  t: { en: { word: 't' }, ko: { word: '톤', glued: true }, mn: { word: 'т' } },
  Mt: { en: { word: 'Mt' }, ko: { word: '백만 톤', glued: true }, mn: { word: 'сая т' } },
  kt: { en: { word: 'kt' }, ko: { word: '천 톤', glued: true }, mn: { word: 'мянган т' } },
};
const INTL_UNITS: Record<string, string> = { km: 'kilometer', m: 'meter', kg: 'kilogram', MB: 'megabyte', GB: 'gigabyte', h: 'hour' };

/**
 * A number with the unit a pack or panel gives ("t", "Mt Cu", "% Cu", "km"): the unit's first word in the
 * user's language where we know it, the rest (an element symbol) as written.
 */
export function formatQuantity(value: number, unit: string, language: Language | string, digits = 0): string {
  const [head = '', ...rest] = unit.trim().split(/\s+/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const lang = (['en', 'ko', 'mn'].includes(language) ? language : 'en') as 'en' | 'ko' | 'mn';
  if (head === '%') return `${formatPercent(value / 100, language, digits)}${tail}`;
  const mass = MASS[head]?.[lang];
  if (mass) return `${formatNumber(value, language, digits)}${mass.glued ? '' : ' '}${mass.word}${tail}`;
  const intlUnit = INTL_UNITS[head];
  if (intlUnit && handWritten(language)) return `${formatNumber(value, language, digits)} ${MONGOLIAN_UNITS[intlUnit]}${tail}`;
  if (intlUnit) {
    const text = new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: intlUnit, maximumFractionDigits: digits }).format(value);
    return `${text}${tail}`;
  }
  return unit ? `${formatNumber(value, language, digits)} ${unit}` : formatNumber(value, language, digits);
}

const toDate = (when: Date | string | number) => (when instanceof Date ? when : new Date(when));

/** A calendar date ("November 23, 2026", "2026년 11월 23일"); `medium` is the short form for lists. */
export function formatDate(when: Date | string | number, language: Language | string, style: 'long' | 'medium' = 'long'): string {
  const date = toDate(when);
  if (Number.isNaN(date.getTime())) return String(when);
  if (handWritten(language)) return mongolianDate({ year: date.getFullYear(), month: date.getMonth(), day: date.getDate() }, style);
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: style }).format(date);
}

/** A date with the time of day, for "saved at" and history entries. */
export function formatDateTime(when: Date | string | number, language: Language | string): string {
  const date = toDate(when);
  if (Number.isNaN(date.getTime())) return String(when);
  if (handWritten(language)) return `${formatDate(date, language, 'medium')} ${mongolianTime(date)}`;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A pack date that may be only a year or a month ("2019", "2024-03", "2024-03-05"), written at the precision it
 * has ("2024년 3월", "Mar 5, 2024"). Read as UTC so a month never slips to the previous one east or west.
 */
export function formatPackDate(text: string, language: Language | string, month: 'long' | 'short' = 'short'): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return text;
  if (handWritten(language)) {
    if (!m[2]) return m[1];
    return mongolianDate({ year: Number(m[1]), month: Number(m[2]) - 1, day: m[3] ? Number(m[3]) : undefined }, m[3] ? 'medium' : month);
  }
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
  const options: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: 'medium' } : m[2] ? { year: 'numeric', month } : { year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(language), { ...options, timeZone: 'UTC' }).format(date);
}

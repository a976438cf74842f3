// Mongolian dates and unit words written by hand, following CLDR's Mongolian patterns, for runtimes whose ICU
// data has no Mongolian (Chromium and Electron ship without it, so Intl would silently write English there).

const ORDINAL_MONTHS = [
  'нэгдүгээр', 'хоёрдугаар', 'гуравдугаар', 'дөрөвдүгээр', 'тавдугаар', 'зургаадугаар',
  'долоодугаар', 'наймдугаар', 'есдүгээр', 'аравдугаар', 'арван нэгдүгээр', 'арван хоёрдугаар',
];

/** Unit words Intl would write for Mongolian (kilometre, megabyte, hour…). */
export const MONGOLIAN_UNITS: Record<string, string> = { kilometer: 'км', meter: 'м', kilogram: 'кг', megabyte: 'МБ', gigabyte: 'ГБ', hour: 'цаг' };

/** Whether this runtime's Intl can write Mongolian dates (false in Chromium and Electron). */
export function intlKnowsMongolian(): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf(['mn']).length > 0;
}

export interface DateParts {
  year: number;
  /** 0–11 */
  month: number;
  day?: number;
}

/**
 * "2026 оны арван нэгдүгээр сарын 23" (long), "2026 оны 11-р сарын 23" (medium); without a day the month
 * stands alone: "2024 оны гуравдугаар сар" (long) or "2024 оны 3-р сар" (short).
 */
export function mongolianDate({ year, month, day }: DateParts, style: 'long' | 'medium' | 'short'): string {
  const monthWord = style === 'long' ? ORDINAL_MONTHS[month] : `${month + 1}-р`;
  return day === undefined ? `${year} оны ${monthWord} сар` : `${year} оны ${monthWord} сарын ${day}`;
}

/** "09:05": Mongolian writes the 24-hour clock with two-digit hours. */
export function mongolianTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

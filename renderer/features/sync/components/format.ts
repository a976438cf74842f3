// Words for values shown in previews and panels, in the user's language.
import type { Language } from '../../../i18n';
import { formatDate as dateIn, formatDateTime as dateTimeIn, formatNumber } from '../../../i18n/format';

type Named = { en: string; ko?: string; mn?: string };

export function labelIn(label: Named | undefined, language: string): string {
  if (!label) return '';
  return label[language as Language] ?? label.en;
}

export function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  return dateIn(iso, language, 'medium');
}

export function formatDateTime(iso: string, language: string): string {
  return dateTimeIn(iso, language);
}

/** A field value in a few words: text as is, lists joined, localized text in the UI language. */
export function formatValue(value: unknown, language: string): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, language, 3);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ');
  if (typeof value === 'object' && 'en' in value && typeof (value as Named).en === 'string') return labelIn(value as Named, language);
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, language, value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`;
}

// Words for values shown in previews and panels, in the user's language.
import type { Language } from '../../../i18n';

type Named = { en: string; ko?: string; mn?: string };

export function labelIn(label: Named | undefined, language: string): string {
  if (!label) return '';
  return label[language as Language] ?? label.en;
}

export function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language === 'mn' ? 'mn-MN' : language, { dateStyle: 'medium' }).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(language === 'mn' ? 'mn-MN' : language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return iso;
  }
}

/** A field value in a few words: text as is, lists joined, localized text in the UI language. */
export function formatValue(value: unknown, language: string): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
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
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

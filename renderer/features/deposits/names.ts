// Pick the user's language from a pack name or text, falling back to English.
import type { LocalizedName, LocalizedText } from '../../../shared/pack';
import type { Language } from '../../i18n';
import { canonicalAimag } from '../../map/aimags';
import { formatNumber as formatInLanguage } from '../../i18n/format';

export function localName(name: LocalizedName, language: Language): string {
  return name[language] ?? name.en;
}

export function localText(text: LocalizedText | undefined, language: Language): string | undefined {
  return text ? (text[language] ?? text.en) : undefined;
}

/** Numbers the way the user's language writes them (1,234.5 / 1 234,5). */
export function formatNumber(value: number, language: Language, digits = 0): string {
  return formatInLanguage(value, language, digits);
}

/** The aimag a pack's free-text field names, in the user's language (the raw text if it names none). */
export function aimagName(text: string, language: Language): string {
  const a = canonicalAimag(text);
  return a ? a[language] : text;
}

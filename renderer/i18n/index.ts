// i18next set-up: one namespace per feature, catalogues registered in ./catalogues.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, LANGUAGES, type Language } from './catalogues';

export { LANGUAGES, type Language } from './catalogues';

const STORAGE_KEY = 'steppe.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'en';
}

export function initI18n(language: Language = initialLanguage()) {
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, Object.fromEntries(Object.entries(catalogues).map(([ns, strings]) => [ns, strings[lng]]))]),
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'app',
    ns: Object.keys(catalogues),
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

export function changeLanguage(language: Language) {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  applyDocumentLanguage(language);
  return i18next.changeLanguage(language);
}

function applyDocumentLanguage(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'mn' ? 'mn-Cyrl' : language;
}

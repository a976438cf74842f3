import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { useAppStore } from '../store';
import { SyncToolbar } from '../features/sync';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const theme = useAppStore((s) => s.theme);
  const toggleTheme = useAppStore((s) => s.toggleTheme);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const current = i18n.language as Language;

  const choose = (language: Language) => {
    setLanguage(language);
    void changeLanguage(language);
  };

  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M2 24 L11 12 L16 18 L21 9 L30 24 Z" />
          <circle cx="24" cy="7" r="3" />
        </svg>
        <div>
          <h1 className="brand-name">{t('productName')}</h1>
          <p className="brand-tagline">{t('tagline')}</p>
        </div>
      </div>
      <div className="header-tools">
        <SyncToolbar />
        <div className="segmented" role="group" aria-label={t('language.label')}>
          {LANGUAGES.map((lng) => (
            <button key={lng} type="button" lang={lng === 'mn' ? 'mn-Cyrl' : lng} aria-pressed={current === lng} onClick={() => choose(lng)}>
              {t(`language.${lng}`)}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button" onClick={toggleTheme} aria-label={t('theme.toggle')} title={t('theme.toggle')}>
          <span aria-hidden="true">{theme === 'light' ? '☾' : '☀'}</span>
          <span className="icon-button-text">{theme === 'light' ? t('theme.dark') : t('theme.light')}</span>
        </button>
      </div>
    </header>
  );
}

// Building blocks of the detail panel: sections, rows, names in every language, sources with confidence.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Caveat, LocalizedName, LocalizedText } from '../../../shared/pack';
import { useAtlasIndex } from '../deposits';
import type { Language } from '../../i18n';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const NAME_LANGS = ['en', 'mn', 'ko', 'ja', 'zh', 'ru', 'local'] as const;
const HTML_LANG: Record<(typeof NAME_LANGS)[number], string> = { en: 'en', mn: 'mn-Cyrl', ko: 'ko', ja: 'ja', zh: 'zh', ru: 'ru', local: '' };

export function Names({ name }: { name: LocalizedName }) {
  const { t } = useTranslation('detail');
  return (
    <Section title={t('names')}>
      <dl className="detail-list">
        {NAME_LANGS.filter((l) => name[l]).map((l) => (
          <Row key={l} label={t(`lang.${l}`)}>
            <span lang={HTML_LANG[l] || undefined}>{name[l]}</span>
          </Row>
        ))}
      </dl>
    </Section>
  );
}

/** Pack text in the user's language; where the pack has no translation, the English with a small marker. */
export function LocalText({ text, className }: { text: LocalizedText | undefined; className?: string }) {
  const { t, i18n } = useTranslation('detail');
  const language = i18n.language as Language;
  if (!text) return null;
  const translated = text[language];
  return (
    <span className={className} lang={translated ? undefined : 'en'}>
      {translated ?? text.en}
      {!translated && (
        <abbr className="detail-untranslated" title={t('inEnglishHint')} aria-label={t('inEnglishHint')}>
          {t('inEnglish')}
        </abbr>
      )}
    </span>
  );
}

export function ConfidenceBadge({ level }: { level: 'high' | 'medium' | 'low' }) {
  const { t } = useTranslation('atlas');
  return <span className={`badge confidence-${level}`}>{t(`confidence.${level}`)}</span>;
}

export function Caveats({ caveats }: { caveats?: Caveat[] }) {
  const { t } = useTranslation('detail');
  if (!caveats?.length) return null;
  return (
    <Section title={t('caveats')}>
      <ul className="detail-caveats">
        {caveats.map((c, i) => (
          <li key={i}>
            <ConfidenceBadge level={c.confidence} /> <LocalText text={c.note} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Sources({ ids, confidence }: { ids: readonly string[]; confidence?: 'high' | 'medium' | 'low' }) {
  const { t } = useTranslation('detail');
  const index = useAtlasIndex();
  return (
    <Section title={t('sources')}>
      {confidence && (
        <p className="detail-confidence">
          {t('confidence')}: <ConfidenceBadge level={confidence} />
        </p>
      )}
      <ol className="detail-sources">
        {ids.map((id) => {
          const s = index?.sources.get(id);
          return (
            <li key={id}>
              {s ? (
                <>
                  <cite>{s.title}</cite> — {s.publisher}
                  {s.date ? `, ${s.date}` : ''}
                  {s.url && <span className="source-url"> {s.url}</span>}
                </>
              ) : (
                id
              )}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

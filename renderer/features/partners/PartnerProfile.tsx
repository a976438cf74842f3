// One partner's profile: roles, strategy, engagement, agreements, investments, aid, deposits, indicators,
// route reach under the current scenario; every fact with its numbered source.
import { useTranslation } from 'react-i18next';
import type { LocalizedText, PackEvent } from '../../../shared/pack';
import { DESTINATION_PARTNERS, type DestinationPartner } from '../../../shared/routes';
import { localName, useCorridorAnalysis, type PackContent } from '../analysis';
import { Cite, SourceList } from './Citations';
import { partnerFacts } from './partner-facts';
import { formatQuantity } from '../../i18n/format';

function useText() {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  return (v: LocalizedText | undefined) => {
    if (!v) return { text: '', fallback: false };
    const text = localName(v, lang);
    return { text, fallback: lang !== 'en' && text === v.en && (lang === 'ko' ? !v.ko : !v.mn), note: t('englishOnly') };
  };
}

function Localized({ value }: { value: LocalizedText | undefined }) {
  const r = useText()(value);
  return <span lang={r.fallback ? 'en' : undefined} title={r.fallback ? r.note : undefined}>{r.text}</span>;
}

function EventList({ title, events, order }: { title: string; events: PackEvent[]; order: string[] }) {
  const { t } = useTranslation('partners');
  return (
    <section className="pt-section">
      <h4>{title}</h4>
      {events.length === 0 ? <p className="pt-muted">{t('none')}</p> : (
        <ul className="pt-events">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{e.date}</time> <strong><Localized value={e.title} /></strong> <Cite ids={e.sourceIds} order={order} />
              <div className="pt-muted"><Localized value={e.summary} /></div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PartnerProfile({ code, content }: { code: string; content: PackContent }) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  const analysis = useCorridorAnalysis();
  const country = content.countries.find((c) => c.code === code);
  if (!country) return <p className="pt-muted">{t('none')}</p>;
  const facts = partnerFacts(country, content);
  const order = facts.sourceIds;
  const isDestination = (DESTINATION_PARTNERS as readonly string[]).includes(code);
  const summary = isDestination ? analysis?.result.summaries.find((s) => s.partner === (code as DestinationPartner)) : undefined;
  const dash = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(n));

  return (
    <article className="pt-profile" data-testid="partner-profile" data-partner={code}>
      <header>
        <h3>{localName(country.name, lang)}</h3>
        <ul className="pt-roles">{country.roles.map((r) => <li key={r} data-role={r}>{t(`roles.${r}`)}</li>)}</ul>
      </header>
      <section className="pt-section">
        <h4>{t('strategy')}</h4>
        <p><Localized value={country.profile} /> <Cite ids={country.sourceIds} order={order} /></p>
      </section>
      <section className="pt-section">
        <h4>{t('engagements')}</h4>
        <ul className="pt-events">
          {[...country.engagements].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map((e, i) => (
            <li key={i}>{e.date && <time dateTime={e.date}>{e.date}</time>} <Localized value={e.summary} /> <Cite ids={e.sourceIds} order={order} /></li>
          ))}
        </ul>
      </section>
      <EventList title={t('agreements')} events={facts.agreements} order={order} />
      <EventList title={t('investments')} events={facts.investments} order={order} />
      <EventList title={t('oda')} events={facts.oda} order={order} />
      <section className="pt-section">
        <h4>{t('deposits')}</h4>
        {facts.deposits.length === 0 ? <p className="pt-muted">{t('none')}</p> : (
          <ul className="pt-inline">
            {facts.deposits.map((d) => <li key={d.id}>{localName(d.name, lang)}{d.confidence === 'low' ? ` (${t('lowConfidence')})` : ''} <Cite ids={d.sourceIds} order={order} /></li>)}
          </ul>
        )}
      </section>
      <section className="pt-section">
        <h4>{t('indicators')}</h4>
        {facts.indicators.length === 0 ? <p className="pt-muted">{t('none')}</p> : (
          <ul className="pt-events">
            {facts.indicators.map((i) => (
              <li key={i.id}><Localized value={i.name} />: <strong>{formatQuantity(i.value, i.unit, lang, 3)}</strong> ({i.period}{i.periodEnd ? `–${i.periodEnd}` : ''}) <Cite ids={i.sourceIds} order={order} /></li>
            ))}
          </ul>
        )}
      </section>
      <section className="pt-section">
        <h4>{t('reach')}</h4>
        <p data-testid="partner-reach">
          {summary
            ? t('reachLine', { reachable: summary.reachable, total: summary.total, withoutChina: dash(summary.withoutChina), withoutRussia: dash(summary.withoutRussia), withoutEither: dash(summary.withoutEither) })
            : code === 'MN' ? t('notDestination') : t('none')}
        </p>
      </section>
      <EventList title={t('otherEvents')} events={facts.otherEvents} order={order} />
      <SourceList order={order} sources={content.sources} title={t('sources')} />
    </article>
  );
}

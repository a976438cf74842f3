// Per-partner reach under the scenario, and how many deposits get there without China, Russia or either.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { CorridorAnalysis } from './useCorridorAnalysis';

export function SummaryList({ analysis }: { analysis: CorridorAnalysis }) {
  const { t } = useTranslation('analysis');
  const partner = useAppStore((s) => s.routePartner);
  const setPartner = useAppStore((s) => s.setRoutePartner);
  // The briefing question in one sentence for the chosen partner (not for China or Russia themselves).
  const chosen = analysis.result.summaries.find((s) => s.partner === partner);
  return (
    <section className="an-section" aria-labelledby="an-summary-title">
      <h3 id="an-summary-title">{t('summary.title')}</h3>
      {chosen && chosen.withoutChina !== null && chosen.withoutEither !== null && (
        <p className="an-headline" data-testid="reach-headline">
          {t('summary.headline', { partner: t(`partners.${partner}`), withoutChina: chosen.withoutChina, withoutEither: chosen.withoutEither, total: chosen.total })}
        </p>
      )}
      <ul className="an-summary" data-testid="partner-summaries">
        {analysis.result.summaries.map((s) => {
          const extra = [
            s.withoutChina !== null ? t('summary.withoutChina', { n: s.withoutChina }) : null,
            s.withoutRussia !== null ? t('summary.withoutRussia', { n: s.withoutRussia }) : null,
            s.withoutEither !== null ? t('summary.withoutEither', { n: s.withoutEither }) : null,
          ].filter(Boolean);
          return (
            <li key={s.partner} data-partner={s.partner} aria-current={s.partner === partner ? 'true' : undefined}>
              <button type="button" className="an-summary-row" onClick={() => setPartner(s.partner)}>
                <span className="an-summary-name">{t(`partners.${s.partner}`)}</span>
                <span className="an-meter" aria-hidden="true"><span style={{ width: `${(s.reachable / Math.max(1, s.total)) * 100}%` }} /></span>
                <span className="an-summary-count">{t('summary.line', { reachable: s.reachable, total: s.total })}</span>
                <span className="an-meta an-summary-extra">{extra.join(' · ')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

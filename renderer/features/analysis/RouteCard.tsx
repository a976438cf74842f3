// The chosen deposit's best route to the partner: totals, transit shares, legs and other ways out of Mongolia.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FoundRoute } from '../../../shared/routes';
import { regionColor } from '../../map/analysis-layers';
import { useAppStore } from '../../store';
import { ShareBar } from './ShareBar';
import { constraintLabel, explainBlocked, formatNumber, localName, regionLabel } from './names';
import type { CorridorAnalysis } from './useCorridorAnalysis';

const MODE_ICON = { rail: '🚆', road: '🚚', sea: '🚢', air: '✈' } as const;

export function RouteCard({ analysis }: { analysis: CorridorAnalysis }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = i18n.language;
  const partner = useAppStore((s) => s.routePartner);
  const depositId = useAppStore((s) => s.routeDepositId);
  const scenario = useAppStore((s) => s.scenario);
  const { analyser, result, content } = analysis;
  const corridorNames = useMemo(() => new Map(content.corridors.map((c) => [c.id, c.name])), [content]);
  const alternatives = useMemo(
    () => (depositId ? analyser.alternatives(depositId, partner, scenario, 3).slice(1) : []),
    [analyser, depositId, partner, scenario],
  );
  const partnerName = t(`partners.${partner}`);
  const outcome = depositId ? result.routes[partner].get(depositId) : undefined;

  if (!depositId || !outcome) {
    return <section className="an-card an-card-empty" data-testid="route-card" data-state="empty"><p>{t('route.choose')}</p></section>;
  }
  const deposit = content.deposits.find((d) => d.id === depositId);
  if (!outcome.reachable) {
    const label = (c: Parameters<typeof constraintLabel>[1]) => constraintLabel(t, c, analyser.network, corridorNames, lang);
    return (
      <section className="an-card an-card-blocked" data-testid="route-card" data-state="blocked">
        <h3>{localName(deposit?.name, lang)} → {partnerName}</h3>
        <p role="status">{explainBlocked(t, outcome, partnerName, label)}</p>
      </section>
    );
  }
  const days = (r: FoundRoute) => formatNumber(r.hours / 24, lang, 1);
  const exit = (r: FoundRoute) => localName(r.exitName ?? undefined, lang) || '—';
  return (
    <section className="an-card" data-testid="route-card" data-state="route" data-exit={outcome.exitId ?? ''} aria-labelledby="an-route-title">
      <h3 id="an-route-title">{localName(deposit?.name, lang)} → {partnerName}</h3>
      <p className="an-via" data-testid="route-via">{t('route.via', { exit: exit(outcome) })}{outcome.usesAir ? ` · ${t('route.air')}` : ''}</p>
      <dl className="an-totals">
        <div><dt>{t('objective.distance')}</dt><dd>{t('route.km', { km: formatNumber(outcome.km, lang) })}</dd></div>
        <div><dt>{t('objective.time')}</dt><dd>{t('route.days', { days: days(outcome) })}</dd></div>
        <div><dt>{t('objective.cost')}</dt><dd>{t('route.cost', { usd: formatNumber(outcome.usdPerTonne, lang) })}</dd></div>
      </dl>
      <p className="an-meta">{t('route.access', { km: formatNumber(outcome.accessKm, lang) })}</p>
      <ShareBar label={t('route.sharesDistance')} shares={outcome.shares.distance} testId="share-distance" />
      <ShareBar label={t('route.sharesTime')} shares={outcome.shares.time} />
      <details className="an-legs">
        <summary>{t('route.legs')} ({outcome.legs.length})</summary>
        <ol>
          {outcome.legs.map((leg, i) => (
            <li key={i} style={{ borderLeftColor: regionColor(leg.region) }}>
              <span aria-hidden="true">{MODE_ICON[leg.mode]}</span> {t(`mode.${leg.mode}`)} · {localName(leg.fromName, lang)} → {localName(leg.toName, lang)}
              <span className="an-meta"> {t('route.km', { km: formatNumber(leg.km, lang) })} · {regionLabel(t, leg.region)}{leg.kind !== 'corridor' ? ` · ${t(`kind.${leg.kind}`)}` : ''}</span>
            </li>
          ))}
        </ol>
      </details>
      {alternatives.length > 0 && (
        <div className="an-alternatives">
          <h4>{t('route.alternatives')}</h4>
          <ul>
            {alternatives.map((r) => (
              <li key={r.exitId ?? 'none'} data-exit={r.exitId ?? ''}>
                {t('route.alternative', { exit: exit(r), km: formatNumber(r.km, lang), days: days(r), usd: formatNumber(r.usdPerTonne, lang) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

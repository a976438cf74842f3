// The chosen deposit's route to the partner: ways out of Mongolia to pick from, totals, transit shares and legs,
// and the same deposit against every partner.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DESTINATION_PARTNERS, type FoundRoute } from '../../../shared/routes';
import { regionColor } from '../../map/analysis-layers';
import { useAppStore } from '../../store';
import { ShareBar } from './ShareBar';
import { constraintLabel, explainBlocked, formatNumber, localName, regionLabel } from './names';
import type { CorridorAnalysis } from './useCorridorAnalysis';
import { useShownRoute } from './useShownRoute';

const MODE_ICON = { rail: '🚆', road: '🚚', sea: '🚢', air: '✈' } as const;
const pct = (x: number | undefined) => (x && x > 0.0005 ? `${Math.round(x * 100)}%` : '—');

export function RouteCard({ analysis }: { analysis: CorridorAnalysis }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = i18n.language;
  const partner = useAppStore((s) => s.routePartner);
  const setPartner = useAppStore((s) => s.setRoutePartner);
  const depositId = useAppStore((s) => s.routeDepositId);
  const setAlternative = useAppStore((s) => s.setRouteAlternative);
  const { analyser, result, content } = analysis;
  const corridorNames = useMemo(() => new Map(content.corridors.map((c) => [c.id, c.name])), [content]);
  const { outcome, ways, shown, shownIndex } = useShownRoute(analysis);
  const partnerName = t(`partners.${partner}`);

  if (!depositId || !outcome) {
    return <section className="an-card an-card-empty" data-testid="route-card" data-state="empty"><p>{t('route.choose')}</p></section>;
  }
  const deposit = content.deposits.find((d) => d.id === depositId);
  const days = (r: FoundRoute) => formatNumber(r.hours / 24, lang, 1);
  const exit = (r: FoundRoute) => localName(r.exitName ?? undefined, lang) || '—';
  const everyPartner = (
    <details className="an-details" data-testid="route-every-partner">
      <summary>{t('route.everyPartner')}</summary>
      <table className="an-table">
        <thead><tr><th scope="col">{t('partner')}</th><th scope="col">{t('table.via')}</th><th scope="col" className="num">{t('region.CN')}</th><th scope="col" className="num">{t('region.RU')}</th></tr></thead>
        <tbody>
          {DESTINATION_PARTNERS.map((p) => {
            const r = result.routes[p].get(depositId);
            return (
              <tr key={p} aria-selected={p === partner} onClick={() => setPartner(p)} data-partner={p}>
                <th scope="row"><button type="button" className="an-link" onClick={() => setPartner(p)}>{t(`partners.${p}`)}</button></th>
                {r?.reachable
                  ? <><td>{exit(r)}</td><td className="num">{pct(r.shares.distance.CN)}</td><td className="num">{pct(r.shares.distance.RU)}</td></>
                  : <td colSpan={3} className="an-muted">{t('table.blocked')}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );

  if (!outcome.reachable || !shown) {
    const label = (c: Parameters<typeof constraintLabel>[1]) => constraintLabel(t, c, analyser.network, corridorNames, lang);
    return (
      <section className="an-card an-card-blocked" data-testid="route-card" data-state="blocked">
        <h3>{localName(deposit?.name, lang)} → {partnerName}</h3>
        {!outcome.reachable && <p role="status">{explainBlocked(t, outcome, partnerName, label)}</p>}
        {everyPartner}
      </section>
    );
  }
  return (
    <section className="an-card" data-testid="route-card" data-state="route" data-exit={shown.exitId ?? ''} aria-labelledby="an-route-title">
      <h3 id="an-route-title">{localName(deposit?.name, lang)} → {partnerName}</h3>
      {ways.length > 1 && (
        <fieldset className="an-ways">
          <legend className="an-label">{t('route.ways')}</legend>
          {ways.map((r, i) => (
            <label key={r.exitId ?? i} className="an-way" data-exit={r.exitId ?? ''}>
              <input type="radio" name="an-way" checked={i === shownIndex} onChange={() => setAlternative(i)} />
              <span>
                <strong>{t('route.via', { exit: exit(r) })}</strong>{i === 0 ? ` · ${t('route.best')}` : ''}
                <span className="an-meta"> {t('route.wayTotals', { km: formatNumber(r.km, lang), days: days(r), usd: formatNumber(r.usdPerTonne, lang) })}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="an-via" data-testid="route-via">{t('route.via', { exit: exit(shown) })}{shown.usesAir ? ` · ${t('route.air')}` : ''}</p>
      <dl className="an-totals">
        <div><dt>{t('objective.distance')}</dt><dd>{t('route.km', { km: formatNumber(shown.km, lang) })}</dd></div>
        <div><dt>{t('objective.time')}</dt><dd>{t('route.days', { days: days(shown) })}</dd></div>
        <div><dt>{t('objective.cost')}</dt><dd>{t('route.cost', { usd: formatNumber(shown.usdPerTonne, lang) })}</dd></div>
      </dl>
      <p className="an-meta">{t('route.access', { km: formatNumber(shown.accessKm, lang) })}</p>
      <ShareBar label={t('route.sharesDistance')} shares={shown.shares.distance} testId="share-distance" />
      <ShareBar label={t('route.sharesTime')} shares={shown.shares.time} />
      <details className="an-legs">
        <summary>{t('route.legs')} ({shown.legs.length})</summary>
        <ol>
          {shown.legs.map((leg, i) => (
            <li key={i} style={{ borderLeftColor: regionColor(leg.region) }}>
              <span aria-hidden="true">{MODE_ICON[leg.mode]}</span> {t(`mode.${leg.mode}`)} · {localName(leg.fromName, lang)} → {localName(leg.toName, lang)}
              <span className="an-meta"> {t('route.km', { km: formatNumber(leg.km, lang) })} · {regionLabel(t, leg.region)}{leg.kind !== 'corridor' ? ` · ${t(`kind.${leg.kind}`)}` : ''}</span>
            </li>
          ))}
        </ol>
      </details>
      {everyPartner}
    </section>
  );
}

// Every deposit (of the chosen aimag) against the partner: the exit it leaves by, distance, and transit shares.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { formatNumber, localName } from './names';
import type { CorridorAnalysis } from './useCorridorAnalysis';

const pct = (x: number | undefined) => (x && x > 0.0005 ? `${Math.round(x * 100)}%` : '—');

export function DepositTable({ analysis }: { analysis: CorridorAnalysis }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = i18n.language;
  const partner = useAppStore((s) => s.routePartner);
  const aimag = useAppStore((s) => s.routeAimag);
  const selected = useAppStore((s) => s.routeDepositId);
  const select = useAppStore((s) => s.setRouteDeposit);
  const rows = analysis.content.deposits
    .filter((d) => !aimag || d.aimag === aimag)
    .map((d) => ({ deposit: d, outcome: analysis.result.routes[partner].get(d.id) }))
    .sort((a, b) => localName(a.deposit.name, lang).localeCompare(localName(b.deposit.name, lang)));
  return (
    <details className="an-details an-section" data-testid="deposit-table">
      <summary>{t('table.title', { partner: t(`partners.${partner}`), count: rows.length })}</summary>
      <div className="an-table-wrap">
        <table className="an-table">
          <thead>
            <tr>
              <th scope="col">{t('table.deposit')}</th>
              <th scope="col">{t('table.via')}</th>
              <th scope="col" className="num">{t('table.km')}</th>
              <th scope="col" className="num">{t('region.CN')}</th>
              <th scope="col" className="num">{t('region.RU')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ deposit, outcome }) => (
              <tr key={deposit.id} aria-selected={deposit.id === selected} onClick={() => select(deposit.id)}>
                <th scope="row">
                  <button type="button" className="an-link" onClick={() => select(deposit.id)}>{localName(deposit.name, lang)}</button>
                </th>
                {outcome?.reachable ? (
                  <>
                    <td>{localName(outcome.exitName ?? undefined, lang) || '—'}</td>
                    <td className="num">{formatNumber(outcome.km, lang)}</td>
                    <td className="num">{pct(outcome.shares.distance.CN)}</td>
                    <td className="num">{pct(outcome.shares.distance.RU)}</td>
                  </>
                ) : (
                  <td colSpan={4} className="an-muted">{t('table.blocked')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

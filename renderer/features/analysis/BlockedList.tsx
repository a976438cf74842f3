// Deposits that cannot reach the partner in this scenario, each with the reason in plain words.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockedRoute } from '../../../shared/routes';
import { useAppStore } from '../../store';
import { constraintLabel, explainBlocked, localName } from './names';
import type { CorridorAnalysis } from './useCorridorAnalysis';

export function BlockedList({ analysis }: { analysis: CorridorAnalysis }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = i18n.language;
  const partner = useAppStore((s) => s.routePartner);
  const aimag = useAppStore((s) => s.routeAimag);
  const select = useAppStore((s) => s.setRouteDeposit);
  const { content, analyser, result } = analysis;
  const corridorNames = useMemo(() => new Map(content.corridors.map((c) => [c.id, c.name])), [content]);
  const deposits = new Map(content.deposits.map((d) => [d.id, d]));
  const blocked = [...result.routes[partner].values()].filter(
    (r): r is BlockedRoute => !r.reachable && (!aimag || deposits.get(r.depositId)?.aimag === aimag),
  );
  const partnerName = t(`partners.${partner}`);
  const label = (c: Parameters<typeof constraintLabel>[1]) => constraintLabel(t, c, analyser.network, corridorNames, lang);

  return (
    <section className="an-section" aria-labelledby="an-blocked-title" data-testid="blocked-list" data-count={blocked.length}>
      <h3 id="an-blocked-title">{t('blocked.title', { partner: partnerName, count: blocked.length })}</h3>
      {blocked.length === 0 ? (
        <p className="an-ok">{t('blocked.none', { partner: partnerName })}</p>
      ) : (
        <ul className="an-blocked">
          {blocked.map((r) => (
            <li key={r.depositId} data-deposit={r.depositId}>
              <button type="button" className="an-link" onClick={() => select(r.depositId)}>
                {localName(deposits.get(r.depositId)?.name, lang)}
              </button>
              <span className="an-reason">{explainBlocked(t, r, partnerName, label)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

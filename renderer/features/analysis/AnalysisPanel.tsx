// The corridor-analysis side panel: destination and objective, scenario constraints, who can be reached,
// the chosen deposit's route with its transit shares and alternatives, and why the rest cannot get through.
import { useTranslation } from 'react-i18next';
import { DESTINATION_PARTNERS, OBJECTIVES } from '../../../shared/routes';
import { useAppStore } from '../../store';
import { AddToSlide } from './AddToSlide';
import { ChipRadioGroup } from './ChipRadioGroup';
import { AssumptionsNote } from './AssumptionsNote';
import { BlockedList } from './BlockedList';
import { DepositTable } from './DepositTable';
import { RouteCard } from './RouteCard';
import { SavedScenarios } from './SavedScenarios';
import { ScenarioControls } from './ScenarioControls';
import { SummaryList } from './SummaryList';
import { useCorridorAnalysis } from './useCorridorAnalysis';
import { localName } from './names';
import './analysis.css';

export function AnalysisPanel() {
  const { t, i18n } = useTranslation('analysis');
  const analysis = useCorridorAnalysis();
  const partner = useAppStore((s) => s.routePartner);
  const setPartner = useAppStore((s) => s.setRoutePartner);
  const objective = useAppStore((s) => s.scenario.objective);
  const setScenario = useAppStore((s) => s.setScenario);
  const depositId = useAppStore((s) => s.routeDepositId);
  const setDeposit = useAppStore((s) => s.setRouteDeposit);
  const aimag = useAppStore((s) => s.routeAimag);
  const setAimag = useAppStore((s) => s.setRouteAimag);

  if (!analysis) {
    return (
      <section className="an-panel" aria-busy="true" data-testid="analysis-panel" data-state="loading">
        <h2 className="an-title">{t('title')}</h2>
        <div className="an-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('loading')}
        </div>
      </section>
    );
  }
  const { content } = analysis;
  const aimags = [...new Set(content.deposits.map((d) => d.aimag))].sort((a, b) => a.localeCompare(b));
  const deposits = content.deposits
    .filter((d) => !aimag || d.aimag === aimag)
    .sort((a, b) => localName(a.name, i18n.language).localeCompare(localName(b.name, i18n.language)));

  return (
    <section className="an-panel" data-testid="analysis-panel" data-state="ready" aria-labelledby="an-title">
      <header className="an-head">
        <h2 className="an-title" id="an-title">{t('title')}</h2>
        <p className="an-intro">{t('intro')}</p>
      </header>

      <div className="an-field">
        <span className="an-label" id="an-partner-label">{t('partner')}</span>
        <ChipRadioGroup labelledBy="an-partner-label" value={partner} onChange={setPartner} options={DESTINATION_PARTNERS.map((p) => ({ value: p, label: t(`partners.${p}`) }))} />
      </div>

      <div className="an-field">
        <span className="an-label" id="an-objective-label">{t('objective.label')}</span>
        <ChipRadioGroup
          labelledBy="an-objective-label" value={objective} onChange={(o) => setScenario({ objective: o })}
          options={OBJECTIVES.map((o) => ({ value: o, label: t(`objective.${o}`) }))}
        />
      </div>

      <div className="an-row">
        <label className="an-field an-grow">
          <span className="an-label">{t('origin.aimag')}</span>
          <select value={aimag ?? ''} onChange={(e) => setAimag(e.target.value || null)}>
            <option value="">{t('origin.allAimags')}</option>
            {aimags.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        <label className="an-field an-grow">
          <span className="an-label">{t('origin.label')}</span>
          <select value={depositId ?? ''} onChange={(e) => setDeposit(e.target.value || null)} data-testid="analysis-deposit">
            <option value="">{t('origin.none')}</option>
            {deposits.map((d) => <option key={d.id} value={d.id}>{localName(d.name, i18n.language)}</option>)}
          </select>
        </label>
      </div>

      {aimag && (
        <p className="an-aimag-summary" data-testid="aimag-summary">
          {t('origin.aimagSummary', {
            aimag, partner: t(`partners.${partner}`), total: deposits.length,
            reachable: deposits.filter((d) => analysis.result.routes[partner].get(d.id)?.reachable).length,
          })}
        </p>
      )}
      <RouteCard analysis={analysis} />
      <AddToSlide analysis={analysis} />
      <ScenarioControls analysis={analysis} />
      <SummaryList analysis={analysis} />
      <BlockedList analysis={analysis} />
      <DepositTable analysis={analysis} />
      <SavedScenarios />
      <AssumptionsNote />
      <p className="an-meta" data-testid="analysis-timing">{t('recomputed', { ms: analysis.ms.toFixed(1) })}</p>
    </section>
  );
}

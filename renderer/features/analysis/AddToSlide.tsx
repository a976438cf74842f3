// Button that puts the current scenario (and the route shown) on a slide.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeConstraints } from '../../../shared/routes';
import { useAppStore } from '../../store';
import { constraintLabel, localName } from './names';
import { addScenarioSlide, scenarioSlideText } from './scenario-slide';
import type { CorridorAnalysis } from './useCorridorAnalysis';
import { useShownRoute } from './useShownRoute';

export function AddToSlide({ analysis }: { analysis: CorridorAnalysis }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = i18n.language;
  const scenario = useAppStore((s) => s.scenario);
  const partner = useAppStore((s) => s.routePartner);
  const depositId = useAppStore((s) => s.routeDepositId);
  const { shown } = useShownRoute(analysis);
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const corridorNames = useMemo(() => new Map(analysis.content.corridors.map((c) => [c.id, c.name])), [analysis.content]);

  const add = async () => {
    setState({ busy: true, message: '' });
    try {
      const deposit = analysis.content.deposits.find((d) => d.id === depositId);
      const text = scenarioSlideText(t, lang, {
        scenario, result: analysis.result, partnerName: t(`partners.${partner}`),
        depositName: deposit ? localName(deposit.name, lang) : null, route: shown,
        constraintLabels: activeConstraints(scenario).map((c) => constraintLabel(t, c, analysis.analyser.network, corridorNames, lang)),
        exitName: localName(shown?.exitName ?? undefined, lang),
      });
      const deck = await addScenarioSlide(t, text, shown);
      setState({ busy: false, message: t('slide.added', { deck }) });
    } catch (error) {
      setState({ busy: false, message: t('slide.failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <div className="an-row an-slide">
      <button type="button" className="an-button" onClick={() => void add()} disabled={state.busy} data-testid="add-to-slide">
        {state.busy ? t('slide.adding') : t('slide.add')}
      </button>
      <span className="an-meta" role="status">{state.message}</span>
    </div>
  );
}

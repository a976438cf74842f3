// Scenario toggles: avoid countries, air freight, planned lines, closed border crossings and corridors.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SCENARIO } from '../../../shared/routes';
import { useAppStore } from '../../store';
import { localName } from './names';
import type { CorridorAnalysis } from './useCorridorAnalysis';

const AVOIDABLE = ['CN', 'RU', 'KZ'] as const;

export function ScenarioControls({ analysis }: { analysis: CorridorAnalysis }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = i18n.language;
  const scenario = useAppStore((s) => s.scenario);
  const setScenario = useAppStore((s) => s.setScenario);
  const toggle = useAppStore((s) => s.toggleInList);
  const replace = useAppStore((s) => s.replaceScenario);
  const { network } = analysis.analyser;

  // Border points: facilities of kind border-crossing, and Mongolian stations where a line leaves the country.
  const crossings = useMemo(() => {
    const ids = new Set<number>();
    for (const e of network.edges) {
      if (e.kind !== 'corridor' || !e.crossesBorder || e.mode === 'sea' || e.mode === 'air') continue;
      for (const n of [e.a, e.b]) if (network.nodes[n].country === 'MN') ids.add(n);
    }
    for (const n of network.nodes) if (n.detail === 'border-crossing' && n.country === 'MN' && network.adjacency[n.index].length > 0) ids.add(n.index);
    return [...ids].map((i) => network.nodes[i]).sort((a, b) => localName(a.name, lang).localeCompare(localName(b.name, lang)));
  }, [network, lang]);
  const corridors = useMemo(
    () => [...analysis.content.corridors].sort((a, b) => localName(a.name, lang).localeCompare(localName(b.name, lang))),
    [analysis.content.corridors, lang],
  );

  return (
    <section className="an-section" aria-labelledby="an-scenario-title">
      <div className="an-section-head">
        <h3 id="an-scenario-title">{t('constraints.title')}</h3>
        <button type="button" className="an-link" onClick={() => replace({ ...DEFAULT_SCENARIO, objective: scenario.objective })}>
          {t('constraints.reset')}
        </button>
      </div>
      <fieldset className="an-fieldset">
        <legend className="an-label">{t('constraints.avoid')}</legend>
        <div className="an-chips">
          {AVOIDABLE.map((c) => (
            <label key={c} className="an-check-chip">
              <input type="checkbox" checked={scenario.avoidCountries.includes(c)} onChange={() => toggle('avoidCountries', c)} />
              {t(`region.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="an-check">
        <input type="checkbox" checked={scenario.allowAir} onChange={(e) => setScenario({ allowAir: e.target.checked })} />
        {t('constraints.allowAir')}
      </label>
      <label className="an-check">
        <input type="checkbox" checked={scenario.includePlanned} onChange={(e) => setScenario({ includePlanned: e.target.checked })} />
        {t('constraints.includePlanned')}
      </label>
      <details className="an-details" data-testid="close-crossings">
        <summary>
          {t('constraints.crossings')}
          {scenario.closedNodeIds.length > 0 && <span className="an-badge">{t('constraints.closedCount', { count: scenario.closedNodeIds.length })}</span>}
        </summary>
        <div className="an-checklist">
          {crossings.map((n) => (
            <label key={n.id} className="an-check">
              <input type="checkbox" checked={scenario.closedNodeIds.includes(n.id)} onChange={() => toggle('closedNodeIds', n.id)} data-node={n.id} />
              {localName(n.name, lang)}
            </label>
          ))}
        </div>
      </details>
      <details className="an-details">
        <summary>
          {t('constraints.corridors')}
          {scenario.closedCorridorIds.length > 0 && <span className="an-badge">{t('constraints.closedCount', { count: scenario.closedCorridorIds.length })}</span>}
        </summary>
        <div className="an-checklist">
          {corridors.map((c) => (
            <label key={c.id} className="an-check">
              <input type="checkbox" checked={scenario.closedCorridorIds.includes(c.id)} onChange={() => toggle('closedCorridorIds', c.id)} data-corridor={c.id} />
              {localName(c.name, lang)}
              {c.status !== 'operating' && <span className="an-tag">{c.status}</span>}
            </label>
          ))}
        </div>
      </details>
    </section>
  );
}

// The pack's indicators as charts (with sources and export) and key figures.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/pack';
import { localName, usePackContent } from '../analysis';
import { ChartCard } from './ChartCard';
import { indicatorCharts } from './charts';
import { formatNumber } from '../../i18n/format';
import './indicators.css';

export const INDICATORS_PANEL = 'indicators';

export function IndicatorsPanel() {
  const { t, i18n } = useTranslation('indicators');
  const lang = i18n.language;
  const content = usePackContent();
  const built = useMemo(() => (content ? indicatorCharts(content.indicators) : null), [content]);
  const text = (v: LocalizedText) => localName(v, lang);
  if (!content || !built) {
    return <section className="ind-panel" aria-busy="true"><div className="an-loading" role="status"><span className="spinner" aria-hidden="true" />{t('loading')}</div></section>;
  }
  const countryName = (code: string) => localName(content.countries.find((c) => c.code === code)?.name, lang) || code;
  const sourceName = (ids: string[]) => ids.map((id) => content.sources.find((s) => s.id === id)?.title ?? id).join('; ');
  return (
    <section className="ind-panel" data-testid="indicators-panel" aria-labelledby="ind-title">
      <h2 id="ind-title">{t('title')}</h2>
      <p className="ind-intro">{t('intro')}</p>
      {built.charts.length === 0 && built.figures.length === 0 && <p className="ind-muted">{t('empty')}</p>}
      {built.charts.map((spec) => (
        <ChartCard
          key={spec.id} spec={spec} sources={content.sources}
          title={spec.country && spec.bars.length > 1 ? t('sharesTitle', { country: countryName(spec.country) }) : text(spec.title)}
        />
      ))}
      {built.figures.length > 0 && (
        <section>
          <h3 className="ind-subtitle">{t('keyFigures')}</h3>
          <ul className="ind-figures">
            {built.figures.map(({ indicator: i }) => (
              <li key={i.id} data-indicator={i.id}>
                <span className="ind-figure">{formatNumber(i.value, lang, 3)} <small>{i.unit}</small></span>
                <span>{text(i.name)} <span className="ind-period">{i.period}{i.periodEnd ? `–${i.periodEnd}` : ''}</span>{i.confidence === 'low' ? ` · ${t('lowConfidence')}` : ''}</span>
                <span className="ind-source">{t('source', { sources: sourceName(i.sourceIds) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

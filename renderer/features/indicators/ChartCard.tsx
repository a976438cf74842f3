// One chart drawn with Observable Plot, its source named under it, with PNG and SVG export and "Add to slide".
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/pack';
import { platform } from '../../platform';
import { addSlideToCurrentDeck, localName } from '../analysis';
import { citeSource, createSlide } from '../slides';
import { useAppStore } from '../../store';
import type { ChartBar, ChartSpec } from './charts';
import { chartFigures, sourceNames } from './chart-figures';
import { chartSvg, chartThumbnail, plotChart, themeColours } from './chart-draw';
import { svgToPng } from './chart-export';

const CHART_WIDTH = 340;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart';

export function ChartCard({ spec, title, sources }: { spec: ChartSpec; title: string; sources: readonly Source[] }) {
  const { t, i18n } = useTranslation('indicators');
  const lang = i18n.language;
  const theme = useAppStore((s) => s.theme);
  const holder = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const chart = useMemo(() => {
    // Breakdown keys that are partner codes (EU, US…) read in the user's language.
    const label = (b: ChartBar) =>
      b.remainder ? t('other')
        : b.from !== undefined && b.to !== undefined ? t('periodLabel', { from: b.from, to: b.to })
          : /^[A-Z]{2}$/.test(b.key) ? t(`analysis:partners.${b.key}`, { defaultValue: localName(b.label, lang) }) : localName(b.label, lang);
    const period = spec.bars.find((b) => b.from !== undefined);
    return chartFigures(spec, {
      title, label, source: t('source', { sources: sourceNames(spec.sourceIds, sources) }),
      note: period ? t('periodNote', { from: period.from, to: period.to }) : undefined,
    });
  }, [spec, title, sources, t, lang]);

  useEffect(() => {
    if (!holder.current) return;
    const svg = plotChart(chart, themeColours(), { width: CHART_WIDTH, lang });
    holder.current.replaceChildren(svg);
    return () => svg.remove();
  }, [chart, lang, theme]);

  const save = async (format: 'svg' | 'png') => {
    try {
      const { svg, width, height } = chartSvg(chart, themeColours(), { width: CHART_WIDTH, lang });
      const data = format === 'svg' ? svg : await svgToPng(svg, width, height);
      const result = await platform().saveFile({
        suggestedName: `${slug(spec.id)}.${format}`, data,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      });
      setMessage(result.saved ? t('exported', { name: result.name }) : result.reason === 'error' ? t('exportFailed', { message: result.message ?? '' }) : '');
    } catch (error) {
      setMessage(t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  // The slide keeps the chart's figures and words, a thumbnail for lists, and the sources as footnotes.
  const addToSlide = async () => {
    setBusy(true);
    try {
      const cited = spec.sourceIds.flatMap((id) => {
        const s = sources.find((x) => x.id === id);
        return s ? [citeSource(s)] : [];
      });
      const slide = createSlide('chart', {
        title: chart.title, chart, sources: cited, thumbnail: await chartThumbnail(chart, themeColours(), lang),
      });
      setMessage(t('addedToSlide', { deck: await addSlideToCurrentDeck(slide, t('deckTitle')) }));
    } catch (error) {
      setMessage(t('addFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <figure className="ind-card" data-testid="chart" data-chart={spec.id} data-kind={spec.kind}>
      <figcaption className="ind-title">{title} <span className="ind-period">{spec.period}</span></figcaption>
      <div ref={holder} className="ind-plot" role="img" aria-label={`${title}: ${chart.bars.map((b) => `${b.label} ${b.value}`).join(', ')}`} />
      {chart.note && <p className="ind-note" data-testid="chart-note">{chart.note}</p>}
      <p className="ind-source">{chart.source}</p>
      <div className="ind-actions">
        <button type="button" onClick={() => void save('png')} aria-label={t('exportLabel', { title, format: 'PNG' })}>{t('exportPng')}</button>
        <button type="button" onClick={() => void save('svg')} aria-label={t('exportLabel', { title, format: 'SVG' })}>{t('exportSvg')}</button>
        <button type="button" onClick={() => void addToSlide()} disabled={busy} data-testid="chart-add-to-slide">{busy ? t('adding') : t('addToSlide')}</button>
        <span className="ind-message" role="status">{message}</span>
      </div>
    </figure>
  );
}

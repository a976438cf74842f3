// A chart slide's chart on screen (presenter console, audience view): drawn in the current theme, with its note and source.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlideChart } from '../slides';
import { useAppStore } from '../../store';
import { plotChart, themeColours } from './chart-draw';
import './indicators.css';

export function ChartFigure({ chart, width = 640, className = '' }: { chart: SlideChart; width?: number; className?: string }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const theme = useAppStore((s) => s.theme);
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!holder.current) return;
    const svg = plotChart(chart, themeColours(), { width, lang });
    holder.current.replaceChildren(svg);
    return () => svg.remove();
  }, [chart, width, lang, theme]);
  return (
    <figure className={`ind-figure-slide ${className}`} data-testid="slide-chart" data-chart={chart.chartId}>
      <div ref={holder} className="ind-plot" role="img" aria-label={`${chart.title} (${chart.period}): ${chart.bars.map((b) => `${b.label} ${b.value}`).join(', ')}`} />
      {chart.note && <p className="ind-note">{chart.note}</p>}
      <figcaption className="ind-source">{chart.source}</figcaption>
    </figure>
  );
}

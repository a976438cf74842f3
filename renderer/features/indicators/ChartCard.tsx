// One chart drawn with Observable Plot, its source named under it, with PNG and SVG export for slides.
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, Source } from '../../../shared/pack';
import { platform } from '../../platform';
import { localName } from '../analysis';
import { useAppStore } from '../../store';
import type { ChartSpec } from './charts';
import { standaloneSvg, svgToPng } from './chart-export';

const CHART_WIDTH = 340;

const pick = (v: LocalizedText, lang: string) => localName(v, lang);
const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart';

export function ChartCard({ spec, title, sources }: { spec: ChartSpec; title: string; sources: readonly Source[] }) {
  const { t, i18n } = useTranslation('indicators');
  const lang = i18n.language;
  const theme = useAppStore((s) => s.theme);
  const holder = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const sourceLine = t('source', {
    sources: spec.sourceIds.map((id) => {
      const s = sources.find((x) => x.id === id);
      return s ? `${s.title} (${s.publisher}${s.date ? `, ${s.date}` : ''})` : id;
    }).join('; '),
  });

  useEffect(() => {
    if (!holder.current) return;
    const color = cssVar('--text') || '#1d2530';
    const accent = cssVar('--accent') || '#9a5b12';
    // Breakdown keys that are partner codes (EU, US…) read in the user's language.
    const label = (b: ChartSpec['bars'][number]) =>
      b.remainder ? t('other') : /^[A-Z]{2}$/.test(b.key) ? t(`analysis:partners.${b.key}`, { defaultValue: pick(b.label, lang) }) : pick(b.label, lang);
    const data = spec.bars.map((b) => ({ label: label(b), value: b.value, remainder: !!b.remainder }));
    const fmt = (v: number) => `${new Intl.NumberFormat(lang).format(v)}${spec.unit === '%' ? '%' : ` ${spec.unit}`}`;
    const chart = Plot.plot({
      width: CHART_WIDTH,
      height: 44 + data.length * 34,
      marginLeft: 8,
      marginRight: 16,
      style: { background: 'transparent', color, fontFamily: 'Noto Sans, Noto Sans KR, sans-serif', fontSize: '12px' },
      x: { domain: [0, spec.max], label: spec.unit === '%' ? '%' : spec.unit, grid: true, nice: true },
      y: { axis: null, domain: data.map((d) => d.label) },
      marks: [
        Plot.barX(data, { y: 'label', x: 'value', fill: (d: { remainder: boolean }) => (d.remainder ? cssVar('--border') || '#d9d1c1' : accent), insetTop: 16, insetBottom: 2 }),
        Plot.text(data, { y: 'label', x: 0, text: 'label', textAnchor: 'start', dy: -10, fill: color }),
        Plot.text(data, {
          y: 'label', x: 'value', text: (d: { value: number }) => fmt(d.value), textAnchor: 'end', dx: -4, dy: 7, fontWeight: 600,
          fill: (d: { remainder: boolean }) => (d.remainder ? color : cssVar('--accent-contrast') || '#fff'),
        }),
        Plot.ruleX([0], { stroke: color }),
      ],
    });
    holder.current.replaceChildren(chart);
    return () => chart.remove();
  }, [spec, lang, theme, t]);

  const save = async (format: 'svg' | 'png') => {
    const chart = holder.current?.querySelector('svg');
    if (!chart) return;
    try {
      const text = { title: `${title} (${spec.period})`, source: sourceLine, background: cssVar('--surface') || '#fff', color: cssVar('--text') || '#000', font: 'Noto Sans, Noto Sans KR, sans-serif' };
      const { svg, width, height } = standaloneSvg(chart as SVGSVGElement, text);
      const name = `${slug(spec.id)}.${format}`;
      const data = format === 'svg' ? svg : await svgToPng(svg, width, height);
      const result = await platform().saveFile({
        suggestedName: name, data,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      });
      setMessage(result.saved ? t('exported', { name: result.name }) : result.reason === 'error' ? t('exportFailed', { message: result.message ?? '' }) : '');
    } catch (error) {
      setMessage(t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <figure className="ind-card" data-testid="chart" data-chart={spec.id}>
      <figcaption className="ind-title">{title} <span className="ind-period">{spec.period}</span></figcaption>
      <div ref={holder} className="ind-plot" role="img" aria-label={`${title}: ${spec.bars.map((b) => `${b.remainder ? t('other') : pick(b.label, lang)} ${b.value}`).join(', ')}`} />
      <p className="ind-source">{sourceLine}</p>
      <div className="ind-actions">
        <button type="button" onClick={() => void save('png')} aria-label={t('exportLabel', { title, format: 'PNG' })}>{t('exportPng')}</button>
        <button type="button" onClick={() => void save('svg')} aria-label={t('exportLabel', { title, format: 'SVG' })}>{t('exportSvg')}</button>
        <span className="ind-message" role="status">{message}</span>
      </div>
    </figure>
  );
}

// Draws a chart (as a slide keeps it) with Observable Plot: on screen, on slides, in the presenter and
// audience views, and as SVG/PNG pictures for exports — one drawing everywhere.
import * as Plot from '@observablehq/plot';
import type { SlideChart } from '../slides';
import { standaloneSvg, svgToCanvas } from './chart-export';
import { formatNumber } from '../../i18n/format';

export interface ChartColours {
  text: string;
  accent: string;
  /** Fill of the "other" bar and of a period's band. */
  muted: string;
  /** Text written on an accent bar. */
  onAccent: string;
  background: string;
}

/** Colours for paper (PDF, PPTX): the light theme's, whatever the screen shows. */
export const PRINT_COLOURS: ChartColours = { text: '#1d2530', accent: '#9a5b12', muted: '#d9d1c1', onAccent: '#ffffff', background: '#ffffff' };

const FONT = 'Noto Sans, Noto Sans KR, sans-serif';

/** The current theme's colours, read from the page's CSS variables. */
export function themeColours(): ChartColours {
  const v = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', PRINT_COLOURS.text), accent: v('--accent', PRINT_COLOURS.accent), muted: v('--border', PRINT_COLOURS.muted),
    onAccent: v('--accent-contrast', PRINT_COLOURS.onAccent), background: v('--surface', PRINT_COLOURS.background),
  };
}

type Bar = SlideChart['bars'][number];

export function plotChart(chart: SlideChart, colours: ChartColours, options: { width: number; lang: string }): SVGSVGElement {
  const { width, lang } = options;
  const number = (v: number) => formatNumber(v, lang, 3);
  const fmt = (v: number) => `${number(v)}${chart.unit === '%' ? '%' : ` ${chart.unit}`}`;
  const style = { background: 'transparent', color: colours.text, fontFamily: FONT, fontSize: '12px' };
  if (chart.kind === 'period') {
    // One band across the years the figure covers: an average, not a series of yearly values.
    const bars = chart.bars.filter((b) => b.from !== undefined && b.to !== undefined) as (Bar & { from: number; to: number })[];
    const first = Math.min(...bars.map((b) => b.from));
    const last = Math.max(...bars.map((b) => b.to));
    return svgOf(Plot.plot({
      width, height: 220, marginLeft: 40, marginRight: 16, marginTop: 28, style,
      // Each year is a unit wide, its label at its middle, so the band covers exactly the years it names.
      x: { domain: [first - 1, last + 2], ticks: Array.from({ length: last - first + 3 }, (_, i) => first - 0.5 + i), tickFormat: (d: number) => String(Math.floor(d)), label: null },
      y: { domain: [0, chart.max * 1.3], grid: true, label: chart.unit, nice: true },
      marks: [
        Plot.rectY(bars, { x1: (d: Bar & { from: number }) => d.from, x2: (d: Bar & { to: number }) => d.to + 1, y: 'value', fill: colours.muted, fillOpacity: 0.8 }),
        Plot.ruleY(bars, { x1: (d: Bar & { from: number }) => d.from, x2: (d: Bar & { to: number }) => d.to + 1, y: 'value', stroke: colours.accent, strokeWidth: 3, strokeDasharray: '6 4' }),
        Plot.text(bars, {
          x: (d: Bar & { from: number; to: number }) => (d.from + d.to + 1) / 2, y: 'value', dy: -12, fill: colours.text, fontWeight: 600,
          text: (d: Bar) => `${d.label}: ${fmt(d.value)}`,
        }),
        Plot.ruleY([0], { stroke: colours.text }),
      ],
    }));
  }
  return svgOf(Plot.plot({
    width, height: 44 + chart.bars.length * 34, marginLeft: 8, marginRight: 16, style,
    x: { domain: [0, chart.max], label: chart.unit === '%' ? '%' : chart.unit, grid: true, nice: true },
    y: { axis: null, domain: chart.bars.map((d) => d.label) },
    marks: [
      Plot.barX(chart.bars, { y: 'label', x: 'value', fill: (d: Bar) => (d.remainder ? colours.muted : colours.accent), insetTop: 16, insetBottom: 2 }),
      Plot.text(chart.bars, { y: 'label', x: 0, text: 'label', textAnchor: 'start', dy: -10, fill: colours.text }),
      Plot.text(chart.bars, {
        y: 'label', x: 'value', text: (d: Bar) => fmt(d.value), textAnchor: 'end', dx: -4, dy: 7, fontWeight: 600,
        fill: (d: Bar) => (d.remainder ? colours.text : colours.onAccent),
      }),
      Plot.ruleX([0], { stroke: colours.text }),
    ],
  }));
}

/** Plot returns a bare <svg> when a plot has no title, caption or legend (ours never do). */
const svgOf = (plot: Element): SVGSVGElement => plot as SVGSVGElement;

/** A self-contained SVG: title and period above, the chart, then the note and the source below. */
export function chartSvg(chart: SlideChart, colours: ChartColours, options: { width: number; lang: string }) {
  const svg = plotChart(chart, colours, options);
  return standaloneSvg(svg, {
    title: `${chart.title} (${chart.period})`, note: chart.note, source: chart.source,
    background: colours.background, color: colours.text, font: FONT,
  });
}

/** The chart as a PNG data: URL at `scale` × its CSS size (2 for screens, 3 for print). */
export async function chartImage(chart: SlideChart, colours: ChartColours, options: { width: number; lang: string; scale: number }) {
  const { svg, width, height } = chartSvg(chart, colours, options);
  const canvas = await svgToCanvas(svg, width, height, options.scale);
  return { dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height, cssWidth: width, cssHeight: height };
}

/** A 640 × 400 JPEG for slide lists and the presenter's strip: the chart fitted on its background. */
export async function chartThumbnail(chart: SlideChart, colours: ChartColours, lang: string): Promise<string> {
  const { svg, width, height } = chartSvg(chart, colours, { width: 600, lang });
  const picture = await svgToCanvas(svg, width, height, 1);
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 400;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const scale = Math.min(canvas.width / width, canvas.height / height);
  ctx.drawImage(picture, (canvas.width - width * scale) / 2, (canvas.height - height * scale) / 2, width * scale, height * scale);
  return canvas.toDataURL('image/jpeg', 0.85);
}

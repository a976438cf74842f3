// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import bundled from '../../../assets/packs/mongolia-critical-minerals.pack.json';
import { validatePack, type Indicator } from '../../../shared/pack';
import { SlideChartSchema, createSlide, SlideSchema } from '../slides';
import { indicatorCharts } from './charts';
import { chartFigures } from './chart-figures';
import { plotChart, PRINT_COLOURS } from './chart-draw';

const oda: Indicator = {
  id: 'oda', name: { en: 'ODA to Mongolia (yearly average)' }, value: 53, unit: 'US$ million per year',
  period: '2018', periodEnd: '2024', sourceIds: ['src-oda'],
} as Indicator;

const words = (title: string) => ({
  title,
  label: (b: { from?: number; to?: number; remainder?: boolean; key: string }) =>
    b.from !== undefined ? `Average per year, ${b.from}–${b.to}` : b.remainder ? 'Other' : b.key,
  source: 'Source: Korea ODA article',
});

describe('a figure known only as an average over several years', () => {
  it('becomes one bar spanning those years, not a key figure or a yearly series', () => {
    const { charts, figures } = indicatorCharts([oda]);
    expect(figures).toEqual([]);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ kind: 'period', period: '2018–2024', unit: 'US$ million per year' });
    expect(charts[0].bars).toEqual([expect.objectContaining({ value: 53, from: 2018, to: 2024 })]);
  });

  it('is how the bundled pack’s Korean ODA is charted (the pack has no yearly figures)', () => {
    const parsed = validatePack(bundled);
    if (!parsed.ok) throw new Error('invalid pack');
    const odaChart = indicatorCharts(parsed.pack.indicators).charts.find((c) => c.indicatorIds.includes('kr-oda-to-mongolia'));
    expect(odaChart).toMatchObject({ kind: 'period', sourceIds: ['art-korea-oda-mongolia'] });
    expect(odaChart!.bars.map((b) => [b.from, b.to, b.value])).toEqual([[2018, 2024, 53]]);
  });

  it('is drawn as a single band labelled as an average, over year ticks', () => {
    const chart = chartFigures(indicatorCharts([oda]).charts[0], words('Korean ODA'));
    const svg = plotChart(chart, PRINT_COLOURS, { width: 400, lang: 'en' });
    const band = svg.querySelectorAll('rect');
    expect(band).toHaveLength(1);
    // It spans seven year-widths (2018 to 2024 inclusive) of an axis showing 2017 to 2025, one unit per year.
    const inner = 400 - 40 - 16;
    expect(Number(band[0].getAttribute('width')) / inner).toBeCloseTo(7 / 9, 2);
    expect(svg.textContent).toContain('Average per year, 2018–2024: 53 US$ million per year');
    expect(svg.textContent).toContain('2018');
    expect(svg.textContent).toContain('2024');
  });
});

describe('a chart put on a slide', () => {
  const magnets = indicatorCharts([
    { id: 'magnets', name: { en: 'Magnet exports' }, value: 6146, unit: 't', period: '2025-08', sourceIds: ['src-m'],
      breakdown: [{ key: 'EU', label: { en: 'EU' }, value: 2582 }, { key: 'US', label: { en: 'US' }, value: 590 }] } as Indicator,
  ]).charts[0];

  it('keeps its words, figures and source line, and the stored slide parses back', () => {
    const chart = chartFigures(magnets, words('Chinese magnet exports'));
    expect(chart).toMatchObject({ chartId: 'magnets', title: 'Chinese magnet exports', source: 'Source: Korea ODA article', period: '2025-08' });
    expect(chart.bars.map((b) => [b.label, b.value, !!b.remainder])).toEqual([['EU', 2582, false], ['US', 590, false], ['Other', 2974, true]]);
    const slide = createSlide('chart', { title: chart.title, chart });
    expect(SlideSchema.parse(JSON.parse(JSON.stringify(slide))).chart).toEqual(chart);
    expect(slide.view).toBeNull();
  });

  it('is refused when a stored chart is malformed, rather than drawn half', () => {
    const chart = chartFigures(magnets, words('x'));
    expect(SlideChartSchema.safeParse({ ...chart, bars: [] }).success).toBe(false);
    expect(SlideChartSchema.safeParse({ ...chart, max: Number.NaN }).success).toBe(false);
  });

  it('draws one bar per destination with its value written on it', () => {
    const svg = plotChart(chartFigures(magnets, words('x')), PRINT_COLOURS, { width: 400, lang: 'en' });
    expect(svg.querySelectorAll('rect')).toHaveLength(3);
    expect(svg.textContent).toContain('2,582 t');
    expect(svg.textContent).toContain('Other');
  });
});

// Pure: a chart as a slide keeps it — its words resolved in one language, its figures and its source line.
import type { Source } from '../../../shared/pack';
import type { SlideChart } from '../slides';
import type { ChartBar, ChartSpec } from './charts';

export interface ChartWords {
  title: string;
  /** A bar's label as the reader sees it (partner names, "Other", "Average per year, 2018–2024"). */
  label: (bar: ChartBar) => string;
  source: string;
  note?: string;
}

export function chartFigures(spec: ChartSpec, words: ChartWords): SlideChart {
  return {
    chartId: spec.id,
    kind: spec.kind,
    title: words.title,
    period: spec.period,
    unit: spec.unit,
    max: spec.max,
    bars: spec.bars.map((b) => ({
      label: words.label(b),
      value: b.value,
      ...(b.remainder ? { remainder: true } : {}),
      ...(b.from !== undefined && b.to !== undefined ? { from: b.from, to: b.to } : {}),
    })),
    source: words.source,
    ...(words.note ? { note: words.note } : {}),
  };
}

/** "Title (Publisher, date)" for each source id, in order; an id the pack does not hold is shown as is. */
export function sourceNames(ids: readonly string[], sources: readonly Source[]): string {
  return ids
    .map((id) => {
      const s = sources.find((x) => x.id === id);
      return s ? `${s.title} (${s.publisher}${s.date ? `, ${s.date}` : ''})` : id;
    })
    .join('; ');
}

// Pure: which charts the pack's indicators make. Shares of one country go on one 0–100 % chart; an indicator
// with a breakdown becomes a bar chart by destination (plus "other" for the rest); a figure over several years
// (e.g. Korean ODA, known only as a 2018–2024 yearly average) becomes one bar spanning those years, so no one
// reads it as yearly data; other figures are key figures.
import type { Indicator, LocalizedText } from '../../../shared/pack';

export interface ChartBar {
  key: string;
  label: LocalizedText;
  value: number;
  /** True for the remainder bar ("other destinations"). */
  remainder?: boolean;
  /** For a figure over a period: the first and last year it covers (drawn as one bar across them, labelled an average). */
  from?: number;
  to?: number;
}

export interface ChartSpec {
  id: string;
  kind: 'share' | 'breakdown' | 'period';
  title: LocalizedText;
  unit: string;
  period: string;
  bars: ChartBar[];
  /** Upper end of the value axis (100 for shares). */
  max: number;
  sourceIds: string[];
  indicatorIds: string[];
  /** For a chart of several shares: the country they describe (the title is composed from it). */
  country?: string;
}

export interface KeyFigure {
  indicator: Indicator;
}

const unique = (xs: string[]) => [...new Set(xs)];
const periodOf = (i: Indicator) => (i.periodEnd ? `${i.period}–${i.periodEnd}` : i.period);
const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : NaN);

export function indicatorCharts(indicators: readonly Indicator[]): { charts: ChartSpec[]; figures: KeyFigure[] } {
  const charts: ChartSpec[] = [];
  const figures: KeyFigure[] = [];
  const shares = new Map<string, Indicator[]>();
  for (const i of indicators) {
    if (i.breakdown && i.breakdown.length > 0) {
      const bars: ChartBar[] = i.breakdown.map((b) => ({ key: b.key, label: b.label, value: b.value }));
      const rest = i.value - bars.reduce((s, b) => s + b.value, 0);
      const sameUnit = i.breakdown.every((b) => !b.unit || b.unit === i.unit);
      if (sameUnit && rest > 0) bars.push({ key: 'other', label: { en: 'Other', ko: '기타', mn: 'Бусад' }, value: rest, remainder: true });
      charts.push({
        id: i.id, kind: 'breakdown', title: i.name, unit: i.unit, period: periodOf(i), bars,
        max: Math.max(...bars.map((b) => b.value)), sourceIds: i.sourceIds, indicatorIds: [i.id],
      });
    } else if (i.unit !== '%' && yearOf(i.periodEnd) > yearOf(i.period)) {
      charts.push({
        id: i.id, kind: 'period', title: i.name, unit: i.unit, period: periodOf(i),
        bars: [{ key: i.id, label: i.name, value: i.value, from: yearOf(i.period), to: yearOf(i.periodEnd) }],
        max: i.value, sourceIds: i.sourceIds, indicatorIds: [i.id],
      });
    } else if (i.unit === '%') {
      const key = i.countryCodes?.[0] ?? 'world';
      shares.set(key, [...(shares.get(key) ?? []), i]);
    } else {
      figures.push({ indicator: i });
    }
  }
  for (const [key, group] of shares) {
    if (group.length === 1) {
      const [i] = group;
      charts.push({
        id: `share-${i.id}`, kind: 'share', title: i.name, unit: '%', period: periodOf(i),
        bars: [{ key: i.id, label: i.name, value: i.value }], max: 100, sourceIds: i.sourceIds, indicatorIds: [i.id],
      });
      continue;
    }
    charts.push({
      id: `shares-${key.toLowerCase()}`, kind: 'share', title: group[0].name, unit: '%', country: key,
      period: unique(group.map(periodOf)).join(', '),
      bars: group.map((i) => ({ key: i.id, label: i.name, value: i.value })), max: 100,
      sourceIds: unique(group.flatMap((i) => i.sourceIds)), indicatorIds: group.map((i) => i.id),
    });
  }
  return { charts, figures };
}

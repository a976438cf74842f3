import { describe, expect, it } from 'vitest';
import bundled from '../../../assets/packs/mongolia-critical-minerals.pack.json';
import { validatePack, type Indicator } from '../../../shared/pack';
import { indicatorCharts } from './charts';

const ind = (id: string, value: number, unit: string, extra: Partial<Indicator> = {}): Indicator =>
  ({ id, name: { en: id }, value, unit, period: '2025', sourceIds: [`src-${id}`], ...extra }) as Indicator;

describe('indicator charts', () => {
  it('puts one country’s shares on one 0–100 % chart and keeps other figures as key figures', () => {
    const { charts, figures } = indicatorCharts([
      ind('mining', 61, '%', { countryCodes: ['CN'] }), ind('refining', 92, '%', { countryCodes: ['CN'] }), ind('oda', 53, 'US$ million'),
    ]);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ kind: 'share', max: 100, sourceIds: ['src-mining', 'src-refining'] });
    expect(charts[0].bars.map((b) => b.value)).toEqual([61, 92]);
    expect(figures.map((f) => f.indicator.id)).toEqual(['oda']);
  });

  it('turns a breakdown into bars with the remainder as "other"', () => {
    const { charts } = indicatorCharts([
      ind('magnets', 6146, 't', { breakdown: [{ key: 'EU', label: { en: 'EU' }, value: 2582, unit: 't' }, { key: 'US', label: { en: 'US' }, value: 590 }] }),
    ]);
    expect(charts[0].bars.map((b) => [b.key, b.value])).toEqual([['EU', 2582], ['US', 590], ['other', 2974]]);
  });

  it('charts the bundled pack’s REE shares and magnet exports, each naming its source', () => {
    const parsed = validatePack(bundled);
    if (!parsed.ok) throw new Error('invalid pack');
    const { charts } = indicatorCharts(parsed.pack.indicators);
    const ids = charts.flatMap((c) => c.indicatorIds);
    expect(ids).toEqual(expect.arrayContaining(['cn-share-ree-extraction', 'cn-share-ree-refining', 'cn-magnet-exports-2025-08']));
    for (const c of charts) expect(c.sourceIds.length).toBeGreaterThan(0);
  });
});

describe('chart export text', () => {
  it('wraps long source lines at spaces without losing words', async () => {
    const { wrapText } = await import('./chart-export');
    const text = 'Source: Mongolia And Korea Forge Rare Earths Alliance Amid Global Tensions (World news site, 2025-09-22)';
    const lines = wrapText(text, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
});

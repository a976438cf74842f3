// Filter change → repainted map with 10,000 deposits (median of alternating filters), beside bare MapLibre setFilter.
import { median } from '../report.mjs';
import { openBenchPage, sideBySide } from '../pages/driver.mjs';

async function filterMs(browser, url) {
  const { page, close } = await openBenchPage(browser, url);
  const times = [];
  for (let i = 0; i < 8; i++) times.push(await page.evaluate((w) => window.__bench.filter(w), i));
  await close();
  return median(times.slice(2));
}

export default {
  name: 'filter',
  description: 'filter change → repainted map, 10k deposits: app vs bare MapLibre setFilter',
  unit: 'ms',
  better: 'lower',
  target: { value: 100 },
  async run(ctx) {
    const r = await sideBySide(ctx, filterMs, `${ctx.benchUrl}app-map-10k.html`, `${ctx.benchUrl}bare-points-10k.html`, 'bare');
    return { ...r, baselineLabel: 'bare MapLibre setFilter' };
  },
};

// All deposits × all partners route table (best routes, reasons for blocked deposits, per-partner summaries with
// and without China/Russia) recomputed after a scenario change: the bundled pack beside a network ten times larger.
import { median } from '../report.mjs';

export default {
  name: 'routes',
  description: 'route table for every deposit × partner after a scenario change (bundled pack; baseline = synthetic 10× network)',
  unit: 'ms',
  better: 'lower',
  target: { value: 50 },
  async run({ browser, benchUrl, repeats, log }) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${benchUrl}routes.html`);
    await page.waitForFunction(() => typeof window.__routesBench === 'function', null, { timeout: 60_000 });
    const runs = Math.max(repeats * 4, 20);
    const r = await page.evaluate((n) => window.__routesBench(n), runs);
    await context.close();
    const value = median(r.pack);
    const baseline = median(r.tenfold);
    log(`${runs} runs each: pack median ${value.toFixed(1)} ms, 10× median ${baseline.toFixed(1)} ms (${r.sizes})`);
    return { value, baseline, baselineLabel: 'synthetic 10× network', notes: `${r.sizes}; medians of ${runs} scenario changes` };
  },
};

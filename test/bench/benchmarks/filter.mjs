// Filter change → the first frame that shows it, with 10,000 deposits (median of alternating filters). The app's page
// proves the frame: probe pixels at deposits that differ between the two filters must equal the settled map's
// (app-map-10k.ts). The baseline is how a bare MapLibre user filters: setFilter, then wait for 'idle' (the frame
// after the worker re-tiles; bare MapLibre has no earlier frame showing the change).
import { median } from '../report.mjs';
import { openBenchPage, sideBySide } from '../pages/driver.mjs';

/** The app page's plain repaint times: how much of the first-frame time is just drawing one frame. */
const repaints = [];

async function filterMs(browser, url) {
  const { page, close } = await openBenchPage(browser, url);
  const times = [];
  for (let i = 0; i < 8; i++) times.push(await page.evaluate((w) => window.__bench.filter(w), i));
  for (let i = 0; i < 5; i++) {
    const ms = await page.evaluate(() => window.__bench.repaint?.() ?? null);
    if (ms !== null) repaints.push(ms);
  }
  await close();
  return median(times.slice(2));
}

export default {
  name: 'filter',
  description: 'filter change → first frame showing it (probe pixels = settled map), 10k deposits: app vs bare MapLibre setFilter → idle',
  unit: 'ms',
  better: 'lower',
  target: { value: 100 },
  async run(ctx) {
    const r = await sideBySide(ctx, filterMs, `${ctx.benchUrl}app-map-10k.html`, `${ctx.benchUrl}bare-points-10k.html`, 'bare');
    if (repaints.length) ctx.log(`one plain repaint of the app's view: ${median(repaints).toFixed(0)} ms (median of ${repaints.length})`);
    return {
      ...r,
      baselineLabel: 'bare MapLibre setFilter → idle',
      notes:
        'app: change → first frame whose probe pixels equal the settled filtered map (feature state; the layer filter lands after); ' +
        `bare: setFilter → idle; one plain repaint of the app's view alone takes ${repaints.length ? median(repaints).toFixed(0) : '?'} ms (median)`,
    };
  },
};

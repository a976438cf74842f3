// Keystroke → search results over ~10,000 records in three scripts: 95th percentile per keystroke.
import { median } from '../report.mjs';
import { openBenchPage, percentile } from '../pages/driver.mjs';

export default {
  name: 'search',
  description: 'search keystroke → results, 10k records (EN, Cyrillic, Hangul, typos): p95',
  unit: 'ms',
  better: 'lower',
  target: { value: 16 },
  async run({ browser, benchUrl, repeats, log }) {
    const p95s = [];
    for (let i = 0; i < repeats; i++) {
      const { page, close } = await openBenchPage(browser, `${benchUrl}search-10k.html`);
      await page.evaluate(() => window.__bench.search()); // warm-up
      const times = await page.evaluate(() => window.__bench.search());
      await close();
      p95s.push(percentile(times, 95));
      log(`run ${i + 1}: p95 ${p95s.at(-1).toFixed(2)} ms over ${times.length} keystrokes (max ${Math.max(...times).toFixed(1)} ms)`);
    }
    return { value: median(p95s), baseline: null, baselineLabel: '—', notes: 'MiniSearch, prefix + fuzzy, AND then OR' };
  },
};

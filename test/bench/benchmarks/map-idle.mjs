// Time from navigation to the map's first idle: the app (warm start, database filled) beside
// a bare MapLibre page drawing the same basemap style.
import { median } from '../report.mjs';

async function firstIdle(browser, url, waitForApp) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Warm-up visit: fills the database and the HTTP cache, like a user's second launch.
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__steppeFirstIdle === 'number', null, { timeout: 120_000 });
  if (waitForApp) await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 120_000 });
  await page.reload();
  await page.waitForFunction(() => typeof window.__steppeFirstIdle === 'number', null, { timeout: 120_000 });
  const ms = await page.evaluate(() => window.__steppeFirstIdle);
  await context.close();
  return ms;
}

export default {
  name: 'map-idle',
  description: 'navigation → first map idle, app vs bare MapLibre with the same basemap',
  unit: 'ms',
  better: 'lower',
  target: { ratio: 1.2 },
  async run({ browser, baseUrl, benchUrl, repeats, log }) {
    const app = [];
    const bare = [];
    for (let i = 0; i < repeats; i++) {
      bare.push(await firstIdle(browser, `${benchUrl}bare-map.html`, false));
      app.push(await firstIdle(browser, `${baseUrl}index.html`, true));
      log(`run ${i + 1}: app ${app.at(-1).toFixed(0)} ms, bare ${bare.at(-1).toFixed(0)} ms`);
    }
    return { value: median(app), baseline: median(bare), baselineLabel: 'bare MapLibre' };
  },
};

// Time from navigation to the map's first idle: the app beside a bare MapLibre page drawing the same
// basemap style. Fair comparison: both are measured on a second visit (HTTP cache warm), and the app's
// database already holds the full bundled pack, so the app draws every deposit, corridor and node from
// the database, like a user's second launch. The first-run pack import is measured by the import benchmark.
import { median } from '../report.mjs';

async function firstIdle(browser, url, waitForApp) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Warm-up visit: fills the database and the HTTP cache, like a user's second launch.
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__steppeFirstIdle === 'number', null, { timeout: 120_000 });
  if (waitForApp) {
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 120_000 });
    // The first run copies the bundled pack into the database; measure only once that has finished.
    await page.waitForFunction(packInDatabase, null, { timeout: 120_000, polling: 500 });
  }
  await page.reload();
  await page.waitForFunction(() => typeof window.__steppeFirstIdle === 'number', null, { timeout: 120_000 });
  const ms = await page.evaluate(() => window.__steppeFirstIdle);
  await context.close();
  return ms;
}

/** In the page: true once the app's database holds a loaded pack (raw IndexedDB, no app code needed). */
function packInDatabase() {
  return new Promise((resolve) => {
    const open = indexedDB.open('steppe-atlas');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const idb = open.result;
      if (!idb.objectStoreNames.contains('packHistory')) return (idb.close(), resolve(false));
      const count = idb.transaction('packHistory').objectStore('packHistory').count();
      count.onsuccess = () => (idb.close(), resolve(count.result > 0));
      count.onerror = () => (idb.close(), resolve(false));
    };
  });
}

export default {
  name: 'map-idle',
  description: 'navigation → first map idle, app with the full pack in its database (second launch) vs bare MapLibre with the same basemap',
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

// Node-side helpers for the map benchmarks: open a bench page and call the API it exposes (bench-api.ts).
import { median } from '../report.mjs';

export async function openBenchPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__bench === 'object', null, { timeout: 120_000 });
  await page.evaluate(() => window.__bench.ready);
  if (errors.length) throw new Error(`${url}: ${errors[0]}`);
  return { page, close: () => context.close() };
}

/** Frames per second over `ms` of scripted pan and zoom, after a short warm-up. */
export async function fpsOf(browser, url, ms) {
  const { page, close } = await openBenchPage(browser, url);
  await page.evaluate(() => window.__bench.fps(1000));
  const fps = await page.evaluate((d) => window.__bench.fps(d), ms);
  await close();
  return fps;
}

/** Alternates the app page and a baseline page, `repeats` times each; medians. */
export async function sideBySide({ browser, repeats, log }, measure, appUrl, baselineUrl, label) {
  const app = [];
  const base = [];
  for (let i = 0; i < repeats; i++) {
    base.push(await measure(browser, baselineUrl));
    app.push(await measure(browser, appUrl));
    log(`run ${i + 1}: app ${app.at(-1).toFixed(1)}, ${label} ${base.at(-1).toFixed(1)}`);
  }
  return { value: median(app), baseline: median(base) };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

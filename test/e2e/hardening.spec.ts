// Hardening of the built app in Chromium: the Content-Security-Policy really stops inline script, eval
// and remote loads; and a pack with a script-injection payload in every text field imports and shows
// its text as text — no dialog, no CSP violation, no injected element, no request leaving the machine.
import { expect, test, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sealPack } from '../../shared/pack';
import { syntheticPack } from '../../renderer/features/sync/core/synthetic-pack';
import { databaseDigest, openApp } from './helpers';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'test/e2e/screenshots');
const csp = (JSON.parse(fs.readFileSync(path.join(root, 'shared/csp.json'), 'utf8')) as { directives: string[] }).directives.join('; ');
const hostilePackFile = path.join(root, 'test/fixtures/hostile/hostile.pack.json');
const bundledTitle = (JSON.parse(fs.readFileSync(path.join(root, 'assets/packs/mongolia-critical-minerals.pack.json'), 'utf8')) as { title: string }).title;
const hostilePack = JSON.parse(fs.readFileSync(hostilePackFile, 'utf8')) as { title: string; deposits: Array<{ name: { en: string } }> };

/** Markup that must never exist in the app's DOM: it would mean a string was parsed as HTML. */
const INJECTED =
  'script:not([src]), iframe, object, embed, base, meta[http-equiv="refresh" i], [onerror], [onload], [onclick], [ontoggle], [onfocus], a[href^="javascript:" i], [src^="https://evil" i], [href^="https://evil" i]';

interface Watch {
  dialogs: string[];
  remote: string[];
  violations: () => Promise<string[]>;
}

/** Records dialogs, CSP violations (reported in the page) and every request to another origin (aborted). */
async function watch(page: Page): Promise<Watch> {
  const dialogs: string[] = [];
  const remote: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.context().route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
    (route) => {
      remote.push(route.request().url());
      void route.abort('blockedbyclient');
    },
  );
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`.trim()));
  });
  return {
    dialogs,
    remote,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

test.describe('Content-Security-Policy of the built app', () => {
  test('is in index.html exactly as shared/csp.json says', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', csp);
  });

  test('refuses inline script, eval, and remote scripts, images, styles, fetches and frames', async ({ page }) => {
    const w = await watch(page);
    await openApp(page);
    await expect(page.locator('#root')).not.toBeEmpty();
    const result = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, unknown>;
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      // Code evaluated by the test driver is exempt from CSP, so eval is tried by page code: a blob:
      // worker (allowed by worker-src, and bound by the page's policy like any worker it starts).
      const probe = `const out = {};
        try { (0, eval)('1'); out.evalResult = 'ran'; } catch (e) { out.evalResult = e.name; }
        try { new Function('return 1')(); out.fnResult = 'ran'; } catch (e) { out.fnResult = e.name; }
        postMessage(out);`;
      const worker = new Worker(URL.createObjectURL(new Blob([probe], { type: 'text/javascript' })));
      const { evalResult, fnResult } = await new Promise<{ evalResult: string; fnResult: string }>((resolve) => {
        worker.onmessage = (e) => resolve(e.data);
      });
      worker.terminate();
      setTimeout('window.__evalRan = true', 0);
      const div = document.createElement('div');
      div.innerHTML = '<img src="https://evil.example/pixel.png" onerror="window.__handlerRan = true">';
      document.body.append(div);
      const remoteScript = document.createElement('script');
      remoteScript.src = 'https://evil.example/x.js';
      document.head.append(remoteScript);
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'https://evil.example/x.css';
      document.head.append(link);
      const frame = document.createElement('iframe');
      frame.src = 'https://evil.example/';
      document.body.append(frame);
      let fetchResult = 'ran';
      try {
        await fetch('https://evil.example/beacon');
      } catch (e) {
        fetchResult = (e as Error).name;
      }
      await new Promise((r) => setTimeout(r, 500));
      div.remove();
      frame.remove();
      return { inline: flags.__inlineRan ?? false, evalRan: flags.__evalRan ?? false, handler: flags.__handlerRan ?? false, evalResult, fnResult, fetchResult };
    });
    expect(result).toEqual({ inline: false, evalRan: false, handler: false, evalResult: 'EvalError', fnResult: 'EvalError', fetchResult: 'TypeError' });
    const violations = await w.violations();
    for (const directive of ['script-src-elem', 'script-src-attr', 'img-src', 'connect-src', 'style-src-elem', 'frame-src'])
      expect(violations.some((v) => v.startsWith(directive)), `${directive} in ${violations.join(' | ')}`).toBe(true);
    // The browser refused all of it before any request left: nothing reached the network layer (Playwright
    // still lists the refused iframe navigation as a "request", so the page's request log is not checked here).
    expect(w.remote).toEqual([]);
  });
});

test('a pack with a hostile string in every text field shows them as text: no dialog, no CSP violation, no request', async ({ page }) => {
  test.setTimeout(120_000);
  const w = await watch(page);
  const app = await openApp(page);
  await expect(page.getByTestId('pack-status')).toContainText(bundledTitle, { timeout: 60_000 }); // first run loaded
  await expect(page.getByTestId('sync-busy')).toHaveCount(0, { timeout: 30_000 });

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pack').click();
  await (await chooser).setFiles(hostilePackFile);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toBeVisible({ timeout: 60_000 });
  // The pack's title is a payload; the preview must show it character for character.
  await expect(preview).toContainText(hostilePack.title);
  await page.screenshot({ path: path.join(shots, 'hardening-hostile-preview.png') });
  for (const box of ['confirm-unverified', 'confirm-version']) {
    const check = preview.getByTestId(box);
    if (await check.count()) await check.check();
  }
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('sync-applied')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('pack-status')).toContainText(hostilePack.title);
  // Labels are drawn on the canvas; give the map time to draw them for the screenshot (not asserted:
  // software WebGL on a busy machine can take long, and the map has its own tests).
  await page.getByTestId('map').and(page.locator('[data-map-state="idle"]')).waitFor({ timeout: 30_000 }).catch(() => {});
  await page.screenshot({ path: path.join(shots, 'hardening-hostile-map.png') });

  // Visit every side panel and the timeline, where names, descriptions, sources and notes appear.
  const tabs = page.locator('.panel-tabs button[data-panel]');
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    const id = await tab.getAttribute('data-panel');
    if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(shots, `hardening-hostile-panel-${id}.png`) });
  }
  const timeline = page.getByTestId('timeline-open');
  if (await timeline.count()) {
    await timeline.first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(shots, 'hardening-hostile-timeline.png') });
  }

  expect(await page.locator(INJECTED).evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)))).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(await w.violations()).toEqual([]);
  expect(w.remote).toEqual([]);
  expect(app.foreignOrigins()).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('the detectors notice a payload that does get parsed as HTML (so a quiet run means something)', async ({ page }) => {
  const w = await watch(page);
  await openApp(page);
  await expect(page.locator('#root')).not.toBeEmpty();
  await page.evaluate((payload) => {
    const div = document.createElement('div');
    div.id = 'planted';
    div.innerHTML = payload;
    document.body.append(div);
  }, '<img src=x onerror="alert(\'XSS\')"><img src="https://evil.example/XSS.png">');
  await page.waitForTimeout(500);
  expect(await page.locator(INJECTED).count()).toBeGreaterThan(0);
  expect((await w.violations()).some((v) => v.startsWith('script-src-attr'))).toBe(true);
  expect((await w.violations()).some((v) => v.startsWith('img-src') && v.includes('evil.example'))).toBe(true);
});

test('a 200 MB file is refused at once with a message, and nothing changes', async ({ page }, testInfo) => {
  const huge = testInfo.outputPath('huge.pack.json');
  fs.mkdirSync(path.dirname(huge), { recursive: true });
  fs.writeFileSync(huge, '{"format": "steppe-atlas-pack", ');
  fs.truncateSync(huge, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
  const app = await openApp(page);
  await expect(page.getByTestId('pack-status')).toContainText(bundledTitle, { timeout: 60_000 }); // first run loaded
  await expect(page.getByTestId('sync-busy')).toHaveCount(0, { timeout: 30_000 });
  const status = await page.getByTestId('pack-status').textContent();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pack').click();
  await (await chooser).setFiles(huge);
  await expect(page.getByTestId('sync-refusal')).toHaveAttribute('data-code', 'too-large');
  await expect(page.getByTestId('sync-refused')).toContainText(/too large/i);
  await page.screenshot({ path: path.join(shots, 'hardening-too-large.png') });
  await page.getByTestId('sync-refused').getByRole('button', { name: 'Close' }).press('Enter');
  await expect(page.getByTestId('sync-refused')).toHaveCount(0);
  await expect(page.getByTestId('pack-status')).toHaveText(status ?? '');
  expect(app.pageErrors).toEqual([]);
});


test('an import killed part-way (page reloaded mid-apply) leaves the database as before or fully updated, never between', async ({ page }, testInfo) => {
  test.setTimeout(420_000);
  const DEPOSITS = 20_000;
  await openApp(page);
  await expect(page.getByTestId('pack-status')).toContainText(bundledTitle, { timeout: 60_000 });
  await expect(page.getByTestId('sync-busy')).toHaveCount(0, { timeout: 30_000 });
  let before = await databaseDigest(page);
  const outcomes: string[] = [];
  let version = 2;
  for (const delayMs of [0, 300, 1200]) {
    const file = testInfo.outputPath(`synthetic-v${version}.pack.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(await sealPack(syntheticPack({ version, deposits: DEPOSITS, facilities: 40 }))));
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-pack').click();
    await (await chooser).setFiles(file);
    const preview = page.getByTestId('pack-preview');
    await expect(preview).toBeVisible({ timeout: 90_000 });
    for (const box of ['confirm-unverified', 'confirm-version']) {
      const check = preview.getByTestId(box);
      if (await check.count()) await check.check();
    }
    await preview.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByTestId('sync-progress')).toBeVisible();
    await page.waitForTimeout(delayMs);
    await page.reload(); // the page and its pack worker die mid-transaction, as when the laptop's lid closes
    await expect(page.getByTestId('pack-status')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('sync-busy')).toHaveCount(0, { timeout: 30_000 });
    const after = await databaseDigest(page);
    const history = (d: Record<string, string>) => Number(d.packHistory.split(':')[0]);
    if (history(after) === history(before)) {
      expect(after, `reload ${delayMs} ms into the apply`).toEqual(before);
      outcomes.push(`${delayMs} ms: rolled back`);
    } else {
      expect(history(after)).toBe(history(before) + 1);
      expect(Number(after.deposits.split(':')[0])).toBe(DEPOSITS);
      await expect(page.getByTestId('pack-status')).toContainText(`v${version}`);
      outcomes.push(`${delayMs} ms: landed whole`);
      before = after;
      version++;
    }
  }
  console.log(`interrupted imports: ${outcomes.join('; ')}`);
  // At least one reload really hit a running apply, or this test proved nothing.
  expect(outcomes.some((o) => o.endsWith('rolled back'))).toBe(true);
});

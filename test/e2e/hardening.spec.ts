// Hardening of the built app in Chromium: the Content-Security-Policy really stops inline script, eval
// and remote loads; a 200 MB file is refused at once; a 100,000-deposit pack imports with an advancing
// progress bar while the window keeps answering; an import killed mid-apply leaves nothing half-written.
// (Hostile strings everywhere: hardening-hostile.spec.ts.)
import { expect, test } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sealPack } from '../../shared/pack';
import { syntheticPack } from '../../renderer/features/sync/core/synthetic-pack';
import { databaseDigest, openApp } from './helpers';
import { INJECTED, watch } from '../security/page-watch';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'test/e2e/screenshots');
const csp = (JSON.parse(fs.readFileSync(path.join(root, 'shared/csp.json'), 'utf8')) as { directives: string[] }).directives.join('; ');
const bundledTitle = (JSON.parse(fs.readFileSync(path.join(root, 'assets/packs/mongolia-critical-minerals.pack.json'), 'utf8')) as { title: string }).title;

/** A fresh folder for generated files; not test-results/, which another Playwright run in the same tree empties when it starts. */
const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-hardening-'));

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

test('a 200 MB file is refused at once with a message, and nothing changes', async ({ page }) => {
  const huge = path.join(scratch(), 'huge.pack.json');
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


test('a pack with 100,000 deposits imports with a progress bar that advances while the window keeps answering', async ({ page }) => {
  test.setTimeout(600_000);
  const DEPOSITS = 100_000;
  const file = path.join(scratch(), 'synthetic-100k.pack.json');
  fs.writeFileSync(file, JSON.stringify(await sealPack(syntheticPack({ version: 2, deposits: DEPOSITS, facilities: 40 }))));
  const app = await openApp(page);
  await expect(page.getByTestId('pack-status')).toContainText(bundledTitle, { timeout: 60_000 });
  await expect(page.getByTestId('sync-busy')).toHaveCount(0, { timeout: 30_000 });

  // In the page: a heartbeat (the longest gap between 50 ms ticks is how long the window could not answer
  // a click) and every value the progress bar shows, as React writes it.
  await page.evaluate(() => {
    const probe = { maxGap: 0, ticksWhileImporting: 0, values: [] as number[], max: 0, gaps: [] as string[], stop: () => {} };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      probe.maxGap = Math.max(probe.maxGap, now - last);
      if (document.querySelector('[data-testid="sync-progress"]')) probe.ticksWhileImporting++;
      // Where a long gap happened, to say which step held the window up.
      if (now - last > 500) {
        const open = [...document.querySelectorAll('[data-testid^="sync-"], [data-testid="pack-preview"]')].map((e) => e.getAttribute('data-testid'));
        probe.gaps.push(`${Math.round(now - last)} ms after progress ${probe.values.at(-1) ?? '-'} (${open.join(' ')})`);
      }
      last = now;
    }, 50);
    const record = () => {
      const bar = document.querySelector('[data-testid="sync-progress"][aria-valuenow]');
      if (!bar) return;
      const value = Number(bar.getAttribute('aria-valuenow'));
      probe.max = Number(bar.getAttribute('aria-valuemax'));
      if (value !== probe.values.at(-1)) probe.values.push(value);
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    probe.stop = () => {
      clearInterval(timer);
      observer.disconnect();
    };
  });

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pack').click();
  await (await chooser).setFiles(file);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toBeVisible({ timeout: 240_000 });
  for (const box of ['confirm-unverified', 'confirm-version']) {
    const check = preview.getByTestId(box);
    if (await check.count()) await check.check();
  }
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('sync-progress')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'hardening-100k-progress.png') });
  await expect(page.getByTestId('sync-applied')).toBeVisible({ timeout: 300_000 });
  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __probe: { maxGap: number; ticksWhileImporting: number; values: number[]; max: number; gaps: string[]; stop: () => void } }).__probe;
    p.stop();
    return { maxGap: p.maxGap, ticksWhileImporting: p.ticksWhileImporting, values: p.values, max: p.max, gaps: p.gaps };
  });
  console.log(`100k import: progress showed ${probe.values.length} values up to ${probe.values.at(-1)} of ${probe.max}; longest UI gap ${Math.round(probe.maxGap)} ms`);
  if (probe.gaps.length) console.log(`gaps over 500 ms: ${probe.gaps.join('; ')}`);
  // The bar moved forward many times, never back, and got to the end (or its last chunk) before the summary.
  expect(probe.values.length).toBeGreaterThanOrEqual(5);
  expect(probe.values).toEqual([...probe.values].sort((a, b) => a - b));
  expect(probe.max).toBeGreaterThanOrEqual(DEPOSITS);
  expect(probe.values.at(-1)!).toBeGreaterThanOrEqual(probe.max * 0.9);
  // Responsiveness, not speed (the bench measures the longest gap): the window kept answering while the
  // bar was up, at least once per value it showed — a UI thread doing the import would not tick at all.
  expect(probe.ticksWhileImporting).toBeGreaterThanOrEqual(probe.values.length);
  await expect(page.getByTestId('pack-status')).toContainText('v2');
  expect(app.pageErrors).toEqual([]);
});

test('an import killed part-way (page reloaded mid-apply) leaves the database as before or fully updated, never between', async ({ page }) => {
  test.setTimeout(420_000);
  const DEPOSITS = 20_000;
  await openApp(page);
  await expect(page.getByTestId('pack-status')).toContainText(bundledTitle, { timeout: 60_000 });
  await expect(page.getByTestId('sync-busy')).toHaveCount(0, { timeout: 30_000 });
  let before = await databaseDigest(page);
  const outcomes: string[] = [];
  let version = 2;
  for (const delayMs of [0, 300, 1200]) {
    const file = path.join(scratch(), `synthetic-v${version}.pack.json`);
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

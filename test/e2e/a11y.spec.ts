// Accessibility: axe-core finds no serious or critical violation on the main screens, in each UI language (the main
// screen in both themes), and a pack import is announced in a polite live region.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { slidesStrings } from '../../renderer/features/slides/strings';
import { syncStrings } from '../../renderer/features/sync/strings';
import { openApp, waitForMapIdle } from './helpers';

const LANGUAGES = [
  { button: 'EN', lang: 'en' },
  { button: '한국어', lang: 'ko' },
  { button: 'Монгол', lang: 'mn-Cyrl' },
] as const;

for (const { button, lang } of LANGUAGES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`main screen in ${button}, ${theme} theme: no serious accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openApp(page);
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await waitForMapIdle(page);
      const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
      expect(serious, serious.join('\n')).toEqual([]);
    });
  }
}

/** Serious or critical axe violations on the page as it is now (the map canvas itself is a picture). */
async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

// More screens, one theme each to keep the run modest: the detail panel, the visible-features list and the slides panel.
for (const { button, lang } of LANGUAGES) {
  test(`detail, visible-on-map list and slides panel in ${button}: no serious accessibility violations`, async ({ page }) => {
    await openApp(page, '/#sel=deposit:oyu-tolgoi');
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await waitForMapIdle(page);
    await page.locator('[data-panel="details"]').click();
    await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toBeVisible();
    await page.getByTestId('visible-features').getByRole('button').first().click();
    await expect(page.getByTestId('visible-features').locator('li').first()).toBeVisible();
    let serious = await seriousViolations(page);
    expect(serious, `detail: ${serious.join('\n')}`).toEqual([]);
    await page.locator('[data-panel="slides"]').click();
    await expect(page.getByTestId('slides-panel')).toBeVisible();
    serious = await seriousViolations(page);
    expect(serious, `slides: ${serious.join('\n')}`).toEqual([]);
  });
}

const STRINGS = { en: 'en', ko: 'ko', 'mn-Cyrl': 'mn' } as const;
const bundled = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../assets/packs/mongolia-critical-minerals.pack.json'), 'utf8')) as { title: string; version: number };

/** The first run has put the bundled pack in use (it is then in the history) and no import dialog is open. */
async function waitForBundledPack(page: import('@playwright/test').Page) {
  await expect(page.getByTestId('pack-status')).toContainText(`${bundled.title} v${bundled.version}`, { timeout: 30_000 });
  await expect(page.getByTestId('sync-busy')).toHaveCount(0);
}

// The presenter console, the routes panel and the pack history, in each language (light theme only, to keep it modest).
for (const { button, lang } of LANGUAGES) {
  test(`presenter console, routes panel and pack history in ${button}: no serious accessibility violations`, async ({ page, context }) => {
    const slides = slidesStrings[STRINGS[lang]];
    const sync = syncStrings[STRINGS[lang]];
    await openApp(page);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await waitForMapIdle(page);

    await page.locator('button[data-panel="analysis"]').click();
    await expect(page.getByTestId('analysis-panel')).toHaveAttribute('data-state', 'ready');
    let serious = await seriousViolations(page);
    expect(serious, `routes: ${serious.join('\n')}`).toEqual([]);

    await waitForBundledPack(page);
    await page.locator('.sync-toolbar').getByRole('button', { name: sync.toolbar.history }).click();
    await expect(page.getByTestId('pack-history').locator('li').first()).toBeVisible();
    serious = await seriousViolations(page);
    expect(serious, `pack history: ${serious.join('\n')}`).toEqual([]);

    await page.locator('button[data-panel="slides"]').click();
    await page.getByRole('button', { name: `+ ${slides.newDeck}` }).click();
    await page.getByRole('button', { name: `+ ${slides.addFromView}` }).click();
    await expect(page.getByTestId('slide-item')).toHaveCount(1);
    // The audience window is a second copy of the atlas: close it at once, the console is what is checked here.
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: `▶ ${slides.present}` }).click()]);
    await audience.close();
    await expect(page.getByTestId('presenter-console')).toBeVisible();
    serious = await seriousViolations(page);
    expect(serious, `presenter console: ${serious.join('\n')}`).toEqual([]);
  });
}

// Screen-reader users hear an import through the polite live regions: progress while it runs, then the result.
test('importing a pack announces its progress and then the result in a polite live region', async ({ page }) => {
  const pack = path.resolve(__dirname, '../fixtures/packs/good/small-v1.pack.json');
  await openApp(page);
  await waitForBundledPack(page);
  // Record every text a polite live region takes from now on, in order (role=status is polite too).
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const listen = () => {
      for (const region of document.querySelectorAll('[aria-live="polite"], [role="status"]')) {
        const text = region.textContent?.trim() ?? '';
        if (text && !heard.includes(text)) heard.push(text);
      }
    };
    new MutationObserver(listen).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pack').click();
  await (await chooser).setFiles(pack);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toBeVisible();
  for (const box of ['confirm-unverified', 'confirm-version']) {
    if (await preview.getByTestId(box).count()) await preview.getByTestId(box).check();
  }
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('sync-applied')).toBeVisible();
  const applied = syncStrings.en.applied.replace('{{title}}', 'Fixture: small pack').replace('{{version}}', '1');
  // The toast also holds its ✓ mark and × close button.
  await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join('\n'))).toContain(applied);
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  const result = heard.find((t) => t.includes(applied))!;
  const progress = heard.filter((t) => t === syncStrings.en.progress.preparing || /^[\d,]+ of [\d,]+ entries written$/.test(t));
  expect(progress.length, heard.join(' | ')).toBeGreaterThan(0);
  // Progress is heard before the result.
  expect(heard.indexOf(progress[0]), heard.join(' | ')).toBeLessThan(heard.indexOf(result));
});

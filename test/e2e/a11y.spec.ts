// Accessibility: axe-core finds no serious or critical violation on the main screen, in each
// UI language and in both themes.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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

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

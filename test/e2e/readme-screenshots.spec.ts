// Pictures for the README, taken from the real app: `npm run screenshots` writes them to
// assets/screenshots/. Skipped in `npm test` (it would rewrite committed files on every run).
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

test.skip(!process.env.README_SCREENSHOTS, 'run with `npm run screenshots`');
test.use({ viewport: { width: 1440, height: 900 } });
test.slow();

const out = (name: string) => `assets/screenshots/${name}.png`;

async function idle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 120_000 });
  await page.waitForTimeout(500);
}

async function chooseLanguage(page: Page, name: string) {
  await page.getByRole('group', { name: /Language|언어|Хэл/ }).getByRole('button', { name, exact: true }).click();
}

test('atlas overview, English, light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await idle(page);
  await page.locator('[data-panel="explore"]').click();
  await idle(page);
  await page.screenshot({ path: out('atlas-explore-en-light') });
});

test('deposit detail, Korean, dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, '/#sel=deposit:oyu-tolgoi');
  await idle(page);
  await chooseLanguage(page, '한국어');
  await page.locator('[data-panel="details"]').click();
  await idle(page);
  await page.screenshot({ path: out('deposit-detail-ko-dark') });
});

test('route scenario: Zamyn-Üüd closed, Mongolian, light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await idle(page);
  await page.getByRole('button', { name: 'Routes' }).click();
  await expect(page.getByTestId('analysis-panel')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('analysis-deposit').selectOption('tavan-tolgoi');
  await page.getByTestId('close-crossings').locator('summary').click();
  await page.locator('input[data-node="zamyn-uud"]').check();
  await expect(page.getByTestId('route-card')).toHaveAttribute('data-exit', 'sukhbaatar');
  await chooseLanguage(page, 'Монгол');
  await idle(page);
  await page.screenshot({ path: out('routes-scenario-mn-light') });
});

test('indicator charts, English, dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await idle(page);
  await page.locator('[data-panel="indicators"]').click();
  await expect(page.getByTestId('chart').first()).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out('indicators-en-dark') });
});

test('presenter console with speaker notes, English, light', async ({ page, context }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, '/#sel=deposit:tavan-tolgoi');
  await idle(page);
  await page.locator('[data-panel="slides"]').click();
  await page.getByRole('button', { name: '+ New deck' }).click();
  const deckTitle = page.getByLabel('Title', { exact: true });
  await deckTitle.fill('Coal corridors to Korea');
  await deckTitle.blur();
  const addSlide = page.getByRole('button', { name: '+ Add slide from current view' });
  const editor = page.getByTestId('slide-editor');
  await addSlide.click();
  await expect(page.getByTestId('slide-item')).toHaveCount(1);
  await editor.getByLabel('Slide title').fill('Tavan Tolgoi: coal leaves through China');
  await editor.getByLabel('Caption').fill('Coking coal from **Tavan Tolgoi** crosses at Gashuunsukhait.');
  await editor.getByLabel('Speaker notes (private)').fill('Open with the rail link at Gashuunsukhait: Korea-bound coal still crosses China. Then ask about the Sükhbaatar–Vladivostok option and its cost per tonne.');
  await editor.getByLabel('Slide title').focus(); // leaving the notes field saves it
  await addSlide.click();
  await expect(page.getByTestId('slide-item')).toHaveCount(2);
  await editor.getByLabel('Slide title').fill('The northern option via Russia');
  await editor.getByLabel('Slide title').blur();
  await page.getByTestId('slide-item').first().getByRole('button').first().click();
  await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
  await expect(page.getByTestId('presenter-console')).toBeVisible();
  await page.waitForTimeout(3000);
  await page.screenshot({ path: out('presenter-console-en-light') });
});

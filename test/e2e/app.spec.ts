// The app frame: it loads offline, draws the map, switches language, and never leaves its origin.
import { expect, test } from '@playwright/test';
import { nonBackgroundShare, openApp, waitForMapIdle } from './helpers';

test('the app opens with a drawn map, a side panel and an offline status bar', async ({ page }) => {
  const session = await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Steppe Atlas' })).toBeVisible();
  await waitForMapIdle(page);
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(page.getByTestId('pack-status')).toContainText('Offline');
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeVisible();

  const png = await page.getByTestId('map').screenshot();
  expect(await nonBackgroundShare(page, png), 'the map shows land and borders, not a blank canvas').toBeGreaterThan(0.05);
  await page.screenshot({ path: 'test/e2e/screenshots/app-en-light.png' });
  expect(session.pageErrors).toEqual([]);
});

test('switching the language changes the header and is remembered after reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('스텝 아틀라스');
  await expect(page.getByTestId('pack-status')).toContainText('오프라인');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.screenshot({ path: 'test/e2e/screenshots/app-ko-light.png' });

  await page.getByRole('button', { name: 'Монгол' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тал нутгийн атлас');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тал нутгийн атлас');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test/e2e/screenshots/app-mn-light.png' });
});

test('the dark theme recolours the frame and the map', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByRole('button', { name: 'Switch theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForMapIdle(page);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(before);
  await page.screenshot({ path: 'test/e2e/screenshots/app-en-dark.png' });
});

test('not a single request leaves the page’s own origin', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await page.mouse.move(800, 400);
  await page.mouse.wheel(0, -400);
  await waitForMapIdle(page);
  expect(session.requests.length).toBeGreaterThan(3);
  expect(session.foreignOrigins()).toEqual([]);
});

test('keyboard users can skip straight to the map', async ({ page }) => {
  await openApp(page);
  // First run shows the bundled pack loading in a dialog that holds focus; wait until it is in.
  await waitForMapIdle(page);
  await expect(page.getByTestId('pack-status')).toContainText(/ v\d/);
  // The map can now be drawn before the first-run load finishes: wait for its dialog and its "loaded" toast
  // (whose Close button would otherwise take the first Tab) to go too.
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('sync-applied')).toHaveCount(0, { timeout: 30_000 });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to map' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map')).toBeFocused();
});

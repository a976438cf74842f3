// Corridor analysis as a user meets it: choose Tavan Tolgoi → Korea, close Zamyn-Üüd, avoid China and Russia.
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForMapIdle } from './helpers';

/** Regions of the legs drawn on the map's route layer, in travel order. */
async function drawnRoute(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__steppeMap as unknown as { getSource: (id: string) => { serialize: () => { data: GeoJSON.FeatureCollection } } | undefined };
    const source = map?.getSource('analysis-route');
    return source ? source.serialize().data.features.map((f) => String(f.properties?.region)) : [];
  });
}

async function openAnalysis(page: Page) {
  const app = await openApp(page);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Routes' }).click();
  await expect(page.getByTestId('analysis-panel')).toHaveAttribute('data-state', 'ready');
  return app;
}

test('closing the Zamyn-Üüd crossing re-routes Tavan Tolgoi coal to Korea through Russia, on the panel and the map', async ({ page }) => {
  const app = await openAnalysis(page);
  await page.getByTestId('analysis-deposit').selectOption('tavan-tolgoi');
  const card = page.getByTestId('route-card');
  await expect(card).toHaveAttribute('data-exit', 'zamyn-uud');
  await expect(page.getByTestId('route-via')).toContainText('Zamyn-Üüd');
  await expect.poll(() => drawnRoute(page)).toContain('CN');
  expect(await drawnRoute(page)).not.toContain('RU');
  await page.screenshot({ path: 'test/e2e/screenshots/analysis-route-zamyn-uud.png' });

  await page.getByTestId('close-crossings').locator('summary').click();
  await page.locator('input[data-node="zamyn-uud"]').check();
  await expect(card).toHaveAttribute('data-exit', 'sukhbaatar');
  await expect(page.getByTestId('route-via')).toContainText('Sükhbaatar');
  await expect.poll(() => drawnRoute(page)).toContain('RU');
  expect(await drawnRoute(page)).not.toContain('CN');
  await expect(page.getByTestId('share-distance').locator('[data-region="RU"]')).toBeVisible();
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test/e2e/screenshots/analysis-route-closed.png' });
  expect(app.foreignOrigins()).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('avoiding China and Russia leaves only air freight of high-value products to Korea, and says why the rest are blocked', async ({ page }) => {
  await openAnalysis(page);
  await page.getByRole('checkbox', { name: 'China', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Russia', exact: true }).check();
  const korea = page.getByTestId('partner-summaries').locator('[data-partner="KR"]');
  await expect(korea).toContainText(/\d+ of 49 deposits/);
  const blocked = page.getByTestId('blocked-list');
  const coal = blocked.locator('[data-deposit="tavan-tolgoi"]');
  await expect(coal).toContainText('avoiding China, avoiding Russia');
  await expect(coal).toContainText('Air freight would avoid them');

  // A gold deposit still gets through, by air from Chinggis Khaan airport.
  await page.getByTestId('analysis-deposit').selectOption('boroo');
  await expect(page.getByTestId('route-card')).toHaveAttribute('data-exit', 'ubn');
  await expect(page.getByTestId('route-via')).toContainText('Air freight');
  await expect.poll(() => drawnRoute(page)).toContain('air');

  // Without air freight nothing reaches Korea, and the reason names it.
  await page.getByLabel(/Allow air freight/).uncheck();
  await expect(korea).toContainText('0 of 49 deposits');
  await expect(page.getByTestId('route-card')).toHaveAttribute('data-state', 'blocked');
  await expect(page.getByTestId('route-card')).toContainText('air freight not allowed');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test/e2e/screenshots/analysis-avoid-cn-ru.png' });
});

test('a named scenario is saved, survives a reload and can be applied again', async ({ page }) => {
  await openAnalysis(page);
  await page.getByRole('checkbox', { name: 'Russia', exact: true }).check();
  const saved = page.getByTestId('saved-scenarios');
  await saved.getByRole('textbox').fill('No Russia');
  await saved.getByRole('button', { name: 'Save scenario' }).click();
  await expect(saved.getByText('No Russia', { exact: true })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Routes' }).click();
  await expect(page.getByRole('checkbox', { name: 'Russia', exact: true })).not.toBeChecked();
  await page.getByTestId('saved-scenarios').getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('checkbox', { name: 'Russia', exact: true })).toBeChecked();
});

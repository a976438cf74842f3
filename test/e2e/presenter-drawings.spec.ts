// A slide's drawings reach the audience: a map slide captured with a drawing layer shown puts that drawing
// on the audience window's map; a slide captured with the layer hidden does not; a text slide hides the map.
import { expect, test } from '@playwright/test';
import { openApp, pixelAt, seedMagentaSquare, waitForMapIdle } from './helpers';

const shots = 'test/e2e/screenshots';
test.describe.configure({ timeout: 300_000 });

test('the audience window draws the slide’s drawing layers, and only those', async ({ page, context }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const centre = await page.evaluate(() => window.__steppeMap!.getCenter().toArray() as [number, number]);
  await seedMagentaSquare(page, centre);
  await page.reload();
  await waitForMapIdle(page);

  // Slide 1 with the drawing layer shown, slide 2 with it hidden.
  await page.locator('button[data-panel="slides"]').click();
  await page.getByRole('button', { name: '+ New deck' }).click();
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(1);
  // Hide the layer with its checkbox in the drawing panel.
  await page.locator('button[data-panel="annotations"]').click();
  const name = page.getByLabel('Your name');
  if (await name.isVisible()) {
    await name.fill('Bolormaa');
    await page.getByRole('button', { name: 'Start writing notes' }).click();
  }
  const shown = page.getByRole('checkbox', { name: 'Show Licence area' });
  await shown.click(); // a controlled box: it changes once the database has stored the change
  await expect(shown).not.toBeChecked();
  await page.locator('button[data-panel="slides"]').click();
  await expect.poll(() => page.evaluate(() => window.__steppeMap!.queryRenderedFeatures({ layers: ['drawing-fill'] }).length)).toBe(0);
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(2);
  await page.getByRole('button', { name: 'Text slide' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(3);

  await page.getByTestId('slide-item').first().getByRole('button').click();
  const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-slide-index', '0');
  await expect(page.getByTestId('audience-state')).toHaveText('Audience window connected', { timeout: 60_000 });
  await waitForMapIdle(audience);

  const drawnOnAudience = () =>
    audience.evaluate(() => {
      const map = window.__steppeMap!;
      if (!map.getLayer('drawing-fill')) return [];
      return [...new Set(map.queryRenderedFeatures({ layers: ['drawing-fill'] }).map((f) => String(f.properties.id)))];
    });
  await expect.poll(drawnOnAudience, { timeout: 30_000 }).toEqual(['e2e-square']);
  await waitForMapIdle(audience);
  const point = await audience.evaluate(([lon, lat]) => window.__steppeMap!.project([lon, lat]), centre);
  const shot = await audience.screenshot({ path: `${shots}/audience-drawing.png` });
  const map = await audience.getByTestId('map').boundingBox();
  const [r, g, b] = await pixelAt(audience, shot, map!.x + point.x, map!.y + point.y);
  // The audience sees the magenta square where it was drawn.
  expect(r).toBeGreaterThan(200);
  expect(g).toBeLessThan(60);
  expect(b).toBeGreaterThan(200);

  // Slide 2 was captured with the layer hidden: the audience map no longer draws it.
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-slide-index', '1');
  await expect.poll(drawnOnAudience, { timeout: 30_000 }).toEqual([]);

  // A text slide covers the whole map, its scale bar included.
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-slide-index', '2');
  const scaleCovered = await audience.evaluate(() => {
    const scale = document.querySelector('.maplibregl-ctrl-scale')!.getBoundingClientRect();
    return !!document.elementFromPoint(scale.x + scale.width / 2, scale.y + scale.height / 2)?.closest('.audience-card');
  });
  expect(scaleCovered).toBe(true);
  await page.keyboard.press('Escape');
  await audience.close();
});

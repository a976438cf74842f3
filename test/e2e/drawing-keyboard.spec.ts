// Drawing without a pointer: a point at the map centre and a polygon typed as coordinates, reached and made
// with the keyboard only; bad input is explained and creates nothing; undo removes the typed polygon.
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as path from 'node:path';
import { openApp, waitForMapIdle } from './helpers';

const shots = path.resolve(__dirname, 'screenshots');
test.describe.configure({ timeout: 240_000 });

/** Presses Tab until `target` has focus (forwards, then backwards if it was behind us). */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`${target} was not reached with Tab`);
}

async function drawingRows(page: Page): Promise<Array<{ id: string; shape: { kind: string; geometry: { type: string; coordinates: unknown } } }>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('steppe-atlas');
      r.onsuccess = () => resolve(r.result);
    });
    const out = await new Promise<unknown[]>((resolve) => {
      const r = db.transaction('drawings').objectStore('drawings').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return out as never;
  });
}

/** Ids of the drawings the map actually draws as filled areas. */
async function renderedPolygons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__steppeMap!;
    if (!map.getLayer('drawing-fill')) return [];
    return [...new Set(map.queryRenderedFeatures({ layers: ['drawing-fill'] }).map((f) => String(f.properties.id)))];
  });
}

test('keyboard only: a point at the map centre and a typed polygon appear on the map; bad input creates nothing', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await expect(page.getByTestId('pack-status')).toContainText(/ v\d/, { timeout: 90_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('sync-applied')).toHaveCount(0, { timeout: 30_000 });

  await tabTo(page, page.locator('[data-panel="annotations"]'));
  await page.keyboard.press('Enter');
  const name = page.getByLabel('Your name');
  await expect(page.getByRole('heading', { name: 'Drawing layers' })).toBeVisible();
  if (await name.isVisible()) {
    await tabTo(page, name);
    await page.keyboard.type('Bolormaa');
    await tabTo(page, page.getByRole('button', { name: 'Start writing notes' }));
    await page.keyboard.press('Enter');
  }
  await tabTo(page, page.getByRole('button', { name: 'Draw', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Drawing tools' })).toBeVisible();

  // A point where the map is centred.
  await tabTo(page, page.getByRole('button', { name: 'Centre point' }));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await drawingRows(page)).length).toBe(1);
  const centre = await page.evaluate(() => window.__steppeMap!.getCenter());
  const [point] = await drawingRows(page);
  expect(point.shape.kind).toBe('point');
  const [lon, lat] = point.shape.geometry.coordinates as number[];
  expect(lon).toBeCloseTo(centre.lng, 4);
  expect(lat).toBeCloseTo(centre.lat, 4);

  // Longitude typed first: explained, nothing created.
  const field = page.getByLabel('Coordinates (latitude, longitude)');
  await tabTo(page, field);
  await page.keyboard.type('106.9, 47.9\n106.8, 43.0\n111.0, 44.0');
  await tabTo(page, page.getByRole('button', { name: 'Add to layer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Write latitude first' })).toBeVisible();
  expect(await drawingRows(page)).toHaveLength(1);

  // The same corners latitude first make a polygon (the form's default kind).
  await tabTo(page, field);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('47.9, 106.9; 43.0, 106.8; 44.0, 111.0');
  await tabTo(page, page.getByRole('button', { name: 'Add to layer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added the polygon.' })).toBeVisible();
  await expect.poll(async () => (await drawingRows(page)).length).toBe(2);
  const polygon = (await drawingRows(page)).find((d) => d.shape.kind === 'polygon')!;
  expect(polygon.shape.geometry).toEqual({ type: 'Polygon', coordinates: [[[106.9, 47.9], [106.8, 43.0], [111.0, 44.0], [106.9, 47.9]]] });

  // Done: the layer's shapes are drawn by the map's drawing layers; the typed polygon is among the filled areas.
  await tabTo(page, page.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Drawing tools' })).toHaveCount(0);
  await waitForMapIdle(page);
  await expect.poll(() => renderedPolygons(page)).toContain(polygon.id);
  await page.screenshot({ path: path.join(shots, 'drawing-typed-polygon.png') });

  // Undo takes the typed polygon away again, like a drawn one.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await drawingRows(page)).length).toBe(1);
  await expect.poll(() => renderedPolygons(page)).not.toContain(polygon.id);
});

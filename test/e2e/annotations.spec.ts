// Annotations and drawings end to end: notes survive reload and pack updates, drawings round-trip through KML,
// hostile and oversized files are refused or neutralised. Production build in Chromium.
import { expect, test, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openApp, waitForMapIdle } from './helpers';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/interchange');
const packs = path.join(root, 'test/fixtures/packs/good');
const shots = path.join(root, 'test/e2e/screenshots');

// Software WebGL on a shared 2-core machine: a first map load can take most of a minute.
test.describe.configure({ timeout: 180_000 });

async function waitForPack(page: Page) {
  await expect(page.getByTestId('pack-status')).toContainText(' v', { timeout: 90_000 });
  await expect(page.getByTestId('sync-busy')).toHaveCount(0);
}

async function openNotes(page: Page, author = 'Bolormaa') {
  const tab = page.locator('[data-panel="annotations"]');
  if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
  const name = page.getByLabel('Your name');
  const heading = page.getByRole('heading', { name: 'Notes', exact: true });
  await expect(name.or(heading)).toBeVisible();
  if (await name.isVisible()) {
    await name.fill(author);
    await page.getByRole('button', { name: 'Start writing notes' }).click();
  }
  await expect(heading).toBeVisible();
}

async function applyPackFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pack').click();
  await (await chooser).setFiles(file);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toBeVisible();
  for (const box of ['confirm-unverified', 'confirm-version']) {
    const check = preview.getByTestId(box);
    if (await check.count()) await check.check();
  }
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('sync-applied')).toBeVisible();
}

async function writeNote(page: Page, target: string, body: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('searchbox', { name: 'What is the note about?' }).fill(target);
  await page.locator('.target-options button').first().click();
  await page.getByLabel('Note text').fill(body);
  await page.getByLabel('Add a tag…').fill('copper');
  await page.getByLabel('Add a tag…').press('Enter');
  await page.getByRole('button', { name: 'Priority' }).click();
  await page.getByRole('button', { name: 'Save note' }).click();
}

/** Rows of one object store, straight from IndexedDB. */
async function rows(page: Page, store: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('steppe-atlas');
      r.onsuccess = () => resolve(r.result);
    });
    const out = await new Promise<Array<Record<string, unknown>>>((resolve) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => resolve(r.result as Array<Record<string, unknown>>);
    });
    db.close();
    return out;
  }, store);
}

async function importDrawingFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import GeoJSON / KML…' }).click();
  await (await chooser).setFiles(file);
}

test('a note on a deposit is saved, rendered safely, undoable, and still there after a reload', async ({ page }) => {
  const app = await openApp(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await waitForPack(page);
  await openNotes(page);
  await expect(page.getByText('No notes yet')).toBeVisible();
  await writeNote(page, 'Oyu', '**Smelter** talks with KOMIR <img src=x onerror=alert(1)> [brief](javascript:alert(2))');

  const card = page.getByTestId('annotation-card');
  await expect(card).toHaveCount(1);
  await expect(card.locator('strong')).toHaveText('Smelter');
  await expect(card).toContainText('Oyu Tolgoi');
  await expect(card).toContainText('#copper');
  await expect(card).toContainText('Priority');
  await expect(card).toContainText('Bolormaa');
  await expect(card.locator('img, a, script')).toHaveCount(0);
  await expect(page.locator('.annotation-badge, canvas')).not.toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'annotations-panel.png') });

  // Edit, then take the edit back with Ctrl+Z (focus outside any text field).
  await card.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Note text').fill('Overwritten by accident');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(card).toContainText('Overwritten by accident');
  await page.getByRole('heading', { name: 'Notes' }).click();
  await page.keyboard.press('Control+z');
  await expect(card.locator('strong')).toHaveText('Smelter');
  await page.keyboard.press('Control+Shift+z');
  await expect(card).toContainText('Overwritten by accident');
  // …and restore the earlier version from the note's own history.
  await card.getByRole('button', { name: 'Edit' }).click();
  await page.getByText(/History: 1 earlier version/).click();
  await page.getByRole('button', { name: 'Restore' }).first().click();
  await expect(card.locator('strong')).toHaveText('Smelter');

  await page.reload();
  await waitForPack(page);
  await openNotes(page);
  await expect(page.getByTestId('annotation-card')).toHaveCount(1);
  await expect(page.getByTestId('annotation-card').locator('strong')).toHaveText('Smelter');
  await page.getByLabel('Filter by tag').selectOption('copper');
  await expect(page.getByTestId('annotation-card')).toHaveCount(1);
  await page.getByLabel('Search notes').fill('lithium');
  await expect(page.getByTestId('annotation-card')).toHaveCount(0);

  // The deposit's detail view lists its notes too.
  await page.getByRole('combobox', { name: 'Search' }).fill('Oyu Tolgoi');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await expect(page.getByTestId('notes-for-target').locator('strong')).toHaveText('Smelter');
  expect(dialogs).toEqual([]);
  expect(app.pageErrors).toEqual([]);
  expect(app.foreignOrigins()).toEqual([]);
});

test('a newer pack that removes the annotated deposit keeps the note, flagged', async ({ page }) => {
  await openApp(page);
  await waitForPack(page);
  await applyPackFile(page, path.join(packs, 'small-v1.pack.json'));
  await expect(page.getByTestId('pack-status')).toContainText('Fixture: small pack v1');
  await openNotes(page);
  await writeNote(page, 'Khotgor', 'Ask about the REE offtake');
  await expect(page.getByTestId('annotation-card')).toContainText('Ask about the REE offtake');
  await expect(page.getByTestId('orphan-flag')).toHaveCount(0);

  await applyPackFile(page, path.join(packs, 'small-v2.pack.json'));
  await expect(page.getByTestId('pack-status')).toContainText('Fixture: small pack v2');
  await openNotes(page);
  const card = page.getByTestId('annotation-card');
  await expect(card).toContainText('Ask about the REE offtake');
  await expect(card.getByTestId('orphan-flag')).toContainText('Removed in data pack v2');
  await page.screenshot({ path: path.join(shots, 'annotations-orphan.png') });
});

test('a drawn polygon exported as KML imports back as the same shape', async ({ page }) => {
  const app = await openApp(page);
  await waitForPack(page);
  await waitForMapIdle(page);
  await openNotes(page);
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Drawing tools' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Polygon/ })).toHaveAttribute('aria-pressed', 'true');

  const box = (await page.getByTestId('map').boundingBox())!;
  const at = (x: number, y: number) => page.mouse.click(box.x + box.width * x, box.y + box.height * y);
  await at(0.35, 0.45);
  await at(0.55, 0.42);
  await at(0.58, 0.65);
  await at(0.4, 0.68);
  await at(0.35, 0.45);
  await expect.poll(async () => (await rows(page, 'drawings')).length).toBe(1);
  await page.screenshot({ path: path.join(shots, 'drawing-polygon.png') });
  const [drawn] = await rows(page, 'drawings');
  const shape = drawn.shape as { kind: string; geometry: { type: string; coordinates: number[][][] } };
  expect(shape.kind).toBe('polygon');
  expect(shape.geometry.coordinates[0]).toHaveLength(5);

  // Undo and redo the drawing from the keyboard; select it and delete it; undo the delete.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await rows(page, 'drawings')).length).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await rows(page, 'drawings')).length).toBe(1);
  await page.getByRole('button', { name: /Select/ }).click();
  await at(0.47, 0.55);
  await expect(page.getByRole('region', { name: 'Selected shape' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Licence buffer');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Colour #2563eb' }).click();
  await expect.poll(async () => ((await rows(page, 'drawings'))[0].shape as { style: { stroke: string } }).style.stroke).toBe('#2563eb');
  await page.getByRole('button', { name: 'Delete shape' }).click();
  await expect.poll(async () => (await rows(page, 'drawings')).length).toBe(0);
  await page.getByRole('heading', { name: 'Drawing layers' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await rows(page, 'drawings')).length).toBe(1);
  expect(((await rows(page, 'drawings'))[0].shape as { name: string }).name).toBe('Licence buffer');

  await page.getByRole('button', { name: 'Done' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export .* as KML$/ }).click();
  const file = path.join(os.tmpdir(), `annot-${Date.now()}.kml`);
  await (await download).saveAs(file);
  const kml = fs.readFileSync(file, 'utf8');
  expect(kml).toContain('<Polygon>');
  expect(kml).toContain('<LineStyle>');

  await importDrawingFile(page, file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('1 shape');
  await page.screenshot({ path: path.join(shots, 'drawing-import-preview.png') });
  await page.getByRole('button', { name: 'Import 1 shape' }).click();
  await expect.poll(async () => (await rows(page, 'drawings')).length).toBe(2);
  const [a, b] = (await rows(page, 'drawings')).map((r) => r.shape as typeof shape & { style: unknown });
  expect(b.geometry).toEqual(a.geometry);
  expect(b.style).toEqual(a.style);
  expect(await rows(page, 'drawingLayers')).toHaveLength(2);
  expect(app.pageErrors).toEqual([]);
});

test('a malicious KML imports as text only: no dialog, no script, no request', async ({ page }) => {
  const app = await openApp(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await waitForPack(page);
  await openNotes(page);
  await importDrawingFile(page, path.join(fixtures, 'malicious.kml'));
  await expect(page.getByTestId('active-content-warning')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'drawing-import-malicious.png') });
  await page.getByRole('button', { name: 'Import 2 shapes' }).click();
  await expect.poll(async () => (await rows(page, 'drawings')).length).toBe(2);
  const descriptions = (await rows(page, 'drawings')).map((r) => (r.shape as { description: string }).description).join('\n');
  expect(descriptions).not.toMatch(/<script|<img|<iframe|<svg/i);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], iframe, script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(app.foreignOrigins()).toEqual([]);
});

test('broken, oversized and over-dense files get a clear message and import nothing', async ({ page }) => {
  await openApp(page);
  await waitForPack(page);
  await openNotes(page);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annot-'));
  const dense = path.join(tmp, 'dense.geojson');
  const coords = Array.from({ length: 1_000_000 }, (_, i) => [100 + (i % 1000) / 1000, 45 + Math.floor(i / 1000) / 1000]);
  fs.writeFileSync(dense, JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } }));
  const huge = path.join(tmp, 'huge.geojson');
  fs.writeFileSync(huge, `{"type":"FeatureCollection","features":[]${' '.repeat(100 * 1000 * 1000)}}`);

  const cases: Array<[string, RegExp]> = [
    [path.join(fixtures, 'malformed.kml'), /damaged and cannot be read/],
    [path.join(fixtures, 'billion-laughs.kml'), /document type declaration/],
    [dense, /more than 250,000 points/],
    [huge, /the most this app imports is 30 MB/],
  ];
  for (const [file, message] of cases) {
    await importDrawingFile(page, file);
    await expect(page.getByRole('alert')).toContainText(message, { timeout: 30_000 });
    if (file === huge) await page.screenshot({ path: path.join(shots, 'drawing-import-too-large.png') });
    // The window stayed responsive: the theme switch still answers.
    await page.getByRole('button', { name: 'Close' }).filter({ hasText: 'Close' }).click(); // not the toast's × button
  }
  expect(await rows(page, 'drawings')).toHaveLength(0);
  fs.rmSync(tmp, { recursive: true, force: true });
});

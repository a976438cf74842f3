// Charts on slides: an indicator chart goes on a slide, shows in the slide list, the presenter console and
// the audience view, and prints in the PDF handout with its title and source.
import { expect, test, type Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nonBackgroundShare, openApp, waitForMapIdle } from './helpers';

const out = mkdtempSync(path.join(tmpdir(), 'steppe-charts-e2e-'));
const shots = 'test/e2e/screenshots';
const MAGNETS = 'Chinese rare-earth permanent magnet exports';
const MAGNET_SOURCE = 'Mongolia And Korea Forge Rare Earths Alliance';
const ODA_SOURCE = 'South Korean ODA and Mongolia';

// The audience page and the export draw the atlas in software WebGL: generous time, no timing assertions.
test.describe.configure({ timeout: 360_000 });

async function saveDownload(download: Download) {
  const file = path.join(out, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('an indicator chart goes on a slide, is presented, and prints in the PDF with its source', async ({ page, context }) => {
  const app = await openApp(page);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Indicators' }).click();

  // Korean ODA is known only as a 2018–2024 yearly average: the chart says so and draws one band.
  const oda = page.locator('[data-chart="kr-oda-to-mongolia"]');
  await expect(oda).toHaveAttribute('data-kind', 'period');
  await expect(oda.getByTestId('chart-note')).toContainText('no figure for single years');
  await expect(oda.locator('svg').first()).toContainText('Average per year, 2018–2024');
  await expect(oda.locator('svg rect')).toHaveCount(1);

  const magnets = page.locator('[data-chart="cn-magnet-exports-2025-08"]');
  await magnets.getByTestId('chart-add-to-slide').click();
  await expect(magnets.getByRole('status')).toContainText('Added to');
  await oda.getByTestId('chart-add-to-slide').click();
  await expect(oda.getByRole('status')).toContainText('Added to');
  await page.screenshot({ path: `${shots}/charts-panel.png` });

  // The slide list shows both chart slides with a picture of the chart.
  await page.locator('button[data-panel="slides"]').click();
  await page.getByTestId('slides-panel').locator('.deck-card').first().click();
  const items = page.getByTestId('slide-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(MAGNETS);
  await expect(items.first()).toContainText('Chart');
  await expect(items.first().locator('img.slide-thumb')).toHaveAttribute('src', /^data:image\/jpeg/);
  await items.first().click();
  await expect(page.getByTestId('slide-editor')).toContainText(MAGNET_SOURCE);

  // Presenting: the console and the audience both draw the chart, with its source.
  const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
  await expect(page.getByTestId('presenter-current').getByTestId('slide-chart').locator('svg')).toBeVisible();
  await expect(audience.getByTestId('audience-title')).toHaveText(MAGNETS, { timeout: 90_000 });
  const shown = audience.getByTestId('slide-chart');
  await expect(shown.locator('svg rect')).toHaveCount(3); // EU, US and the other destinations
  await expect(shown).toContainText(MAGNET_SOURCE);
  await audience.screenshot({ path: `${shots}/audience-chart-slide.png` });
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('slide-chart')).toHaveAttribute('data-chart', 'kr-oda-to-mongolia');
  await expect(audience.getByTestId('slide-chart')).toContainText('Average per year, 2018–2024');
  await page.keyboard.press('Escape');
  await audience.close();

  // The PDF handout: each chart page names the chart and its source, and the chart is drawn.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pdf = await saveDownload(download);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(MAGNETS);
  expect(text).toContain(MAGNET_SOURCE);
  expect(text).toContain(ODA_SOURCE);
  // Charts print as pictures at least 200 dpi wide.
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
  expect(images.length).toBeGreaterThanOrEqual(2);
  for (const c of images) expect(Number(c[12])).toBeGreaterThanOrEqual(200);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', pdf, path.join(out, 'chart-page')]);
  const pagePng = readdirSync(out).find((f) => f.startsWith('chart-page'))!;
  execFileSync('cp', [path.join(out, pagePng), `${shots}/handout-chart.png`]);
  expect(await nonBackgroundShare(page, readFileSync(path.join(out, pagePng))), 'the chart page is not blank').toBeGreaterThan(0.03);
  expect(app.foreignOrigins()).toEqual([]);
});

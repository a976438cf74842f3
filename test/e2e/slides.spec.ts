// Slides end to end: build a 3-slide deck from the map, present it to an audience window that
// never shows notes, drive it with the keyboard, and export PDF, PPTX and PNG that really open.
import { expect, test, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nonBackgroundShare, openApp, pixelAt, seedMagentaSquare, waitForMapIdle } from './helpers';
import { slidesStrings } from '../../renderer/features/slides/strings';
import { exportStrings } from '../../renderer/features/export/strings';

const NOTES = ['PRIVATE-NOTE-ONE: ask about the tax dispute', 'PRIVATE-NOTE-TWO: do not mention the tender', 'PRIVATE-NOTE-THREE'];
const TITLES = ['Oyu Tolgoi and the south', 'Rail towards Tianjin', 'What partners can do'];
const out = mkdtempSync(path.join(tmpdir(), 'steppe-slides-e2e-'));
const shots = 'test/e2e/screenshots';

// Software WebGL on a shared machine draws print-size maps slowly: generous time, no timing assertions.
test.describe.configure({ mode: 'serial', timeout: 480_000 });

async function fillSlide(page: Page, title: string, caption: string, notes: string) {
  const editor = page.getByTestId('slide-editor');
  await editor.getByLabel('Slide title').fill(title);
  await editor.getByLabel('Caption').fill(caption);
  await editor.getByLabel('Speaker notes (private)').fill(notes);
  await editor.getByLabel('Slide title').focus(); // leaving the notes field saves it
  await expect(page.getByTestId('slide-item').filter({ hasText: title })).toBeVisible();
}

async function buildDeck(page: Page) {
  await page.locator('button[data-panel="slides"]').click();
  await page.getByRole('button', { name: '+ New deck' }).click();
  const deckTitle = page.getByLabel('Title', { exact: true });
  await deckTitle.fill('Copper corridors — 한국 브리핑 — Монгол');
  await deckTitle.blur();
  await expect(page.getByTestId('deck-title')).toHaveText('Copper corridors — 한국 브리핑 — Монгол');

  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(1);
  await fillSlide(page, TITLES[0], 'Copper and gold from **Oyu Tolgoi** leave by road.\n\n- 구리\n- Зэс', NOTES[0]);

  await page.mouse.move(900, 420);
  await page.mouse.wheel(0, -600);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(2);
  await fillSlide(page, TITLES[1], 'The *Zamyn-Üüd* crossing carries most rail freight.', NOTES[1]);

  await page.getByRole('button', { name: 'Text slide' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(3);
  await fillSlide(page, TITLES[2], '1. Processing\n2. Finance', NOTES[2]);
  // Map slides carry an offline thumbnail of the map.
  await expect(page.getByTestId('slide-item').first().locator('img.slide-thumb')).toHaveAttribute('src', /^data:image\/jpeg/);
}

async function saveDownload(download: Download) {
  const file = path.join(out, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

test('build a deck, present it, and export PDF, PPTX and PNG', async ({ page, context }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await buildDeck(page);
  await page.screenshot({ path: `${shots}/slides-panel.png` });

  // Reorder with the keyboard, then put it back.
  await page.getByTestId('slide-item').nth(2).getByRole('button').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('slide-item').nth(1)).toContainText(TITLES[2]);
  await page.getByTestId('slide-item').nth(1).getByRole('button').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('slide-item').nth(2)).toContainText(TITLES[2]);

  // Present from slide 1: the audience window opens and shows slide 1 without notes.
  await page.getByTestId('slide-item').first().getByRole('button').click();
  const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
  const console_ = page.getByTestId('presenter-console');
  await expect(console_).toBeVisible();
  await expect(audience.getByTestId('audience-title')).toHaveText(TITLES[0]);
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-slide-index', '0');
  await expect(page.getByTestId('presenter-notes')).toContainText(NOTES[0]);
  // The audience page loads the whole atlas in software WebGL before it answers: allow for a busy machine.
  await expect(page.getByTestId('audience-state')).toHaveText('Audience window connected', { timeout: 60_000 });
  await waitForMapIdle(audience);
  for (const note of NOTES) expect(await audience.content()).not.toContain(note.slice(0, 16));
  await audience.screenshot({ path: `${shots}/audience-slide1.png` });
  await page.screenshot({ path: `${shots}/presenter-console.png` });

  // Someone in the room drags the audience map: both sides offer "return to slide", which restores it.
  await audience.mouse.move(500, 400);
  await audience.mouse.down();
  await audience.mouse.move(700, 480, { steps: 8 });
  await audience.mouse.up();
  await expect(page.getByText('Exploring the map')).toBeVisible();
  await audience.getByRole('button', { name: /Return to slide/ }).click();
  await expect(audience.getByRole('button', { name: /Return to slide/ })).toBeHidden();

  // → moves both pages to slide 2.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-position')).toHaveText('Slide 2 of 3');
  await expect(page.getByTestId('presenter-notes')).toContainText(NOTES[1]);
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-slide-index', '1');
  await expect(audience.getByTestId('audience-title')).toHaveText(TITLES[1]);
  for (const note of NOTES) expect(await audience.content()).not.toContain(note.slice(0, 16));

  // B blacks out the audience page; B again brings the slide back; 3 + Enter jumps to slide 3.
  await page.keyboard.press('b');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'black');
  const black = await audience.screenshot({ path: `${shots}/audience-black.png` });
  expect(await nonBackgroundShare(audience, black)).toBeLessThan(0.01);
  await page.keyboard.press('b');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'slide');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(audience.getByTestId('audience-title')).toHaveText(TITLES[2]);
  await audience.screenshot({ path: `${shots}/audience-text-slide.png` });

  // Esc ends the presentation: the console closes and the audience says so, still without notes.
  await page.keyboard.press('Escape');
  await expect(console_).toBeHidden();
  await expect(audience.getByText('The presentation has ended.')).toBeVisible();
  for (const note of NOTES) expect(await audience.content()).not.toContain(note.slice(0, 16));
  await audience.close();

  // PDF handout: cover + 3 slide pages + appendix; the map is printed at ≥ 200 dpi and is not blank.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Include speaker notes pages').check();
  const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pdf = await saveDownload(pdfDownload);
  await expect(dialog.getByTestId('export-outcome')).toContainText('Saved');
  expect(pdfPages(pdf)).toBe(1 + 3 * 2 + 1);
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const maps = images.map((l) => l.trim().split(/\s+/)).filter((c) => Number(c[3]) >= 1000);
  expect(maps.length).toBe(2);
  for (const c of maps) expect(Number(c[12])).toBeGreaterThanOrEqual(200); // x-ppi
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, 'handout')]);
  const pngs = readdirSync(out).filter((f) => f.startsWith('handout')).sort();
  expect(pngs.length).toBe(8);
  const mapPage = readFileSync(path.join(out, pngs[1]));
  expect(await nonBackgroundShare(page, mapPage), 'slide page 1 shows a drawn map').toBeGreaterThan(0.2);
  execFileSync('cp', [path.join(out, pngs[0]), `${shots}/handout-cover.png`]);
  execFileSync('cp', [path.join(out, pngs[1]), `${shots}/handout-slide1.png`]);
  execFileSync('cp', [path.join(out, pngs[2]), `${shots}/handout-notes1.png`]);
  execFileSync('cp', [path.join(out, pngs.at(-1)!), `${shots}/handout-appendix.png`]);

  // PPTX: LibreOffice opens it and finds one page per slide.
  await dialog.getByLabel(/PowerPoint/).check();
  const [pptxDownload] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pptx = await saveDownload(pptxDownload);
  expect(path.extname(pptx)).toBe('.pptx');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/lo-profile`, '--convert-to', 'pdf', '--outdir', path.join(out, 'lo'), pptx], { timeout: 120_000 });
  const converted = path.join(out, 'lo', path.basename(pptx, '.pptx') + '.pdf');
  expect(pdfPages(converted)).toBe(3);
  execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', converted, path.join(out, 'pptx-page')]);
  const pptxPage = readdirSync(out).find((f) => f.startsWith('pptx-page'))!;
  execFileSync('cp', [path.join(out, pptxPage), `${shots}/pptx-slide1.png`]);
  expect(await nonBackgroundShare(page, readFileSync(path.join(out, pptxPage)))).toBeGreaterThan(0.2);
  await page.screenshot({ path: `${shots}/export-dialog.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // PNG of the current view at a chosen pixel size, with title, legend and attribution.
  await page.getByRole('button', { name: '← All decks' }).click();
  await page.getByRole('button', { name: 'Map as PNG…' }).click();
  const mapBox = (await page.getByTestId('map').boundingBox())!;
  await expect(dialog.getByLabel(/^2×/)).toHaveAccessibleName(`2× (${Math.round(mapBox.width) * 2} × ${Math.round(mapBox.height) * 2} px)`);
  await dialog.getByLabel('Custom').check();
  await dialog.getByLabel('Width (px)').fill('1200');
  await dialog.getByLabel('Height (px)').fill('700');
  await dialog.getByLabel('Title', { exact: true }).check();
  await dialog.getByLabel('Title on the image').fill('Southern Gobi — 남고비 — Өмнөговь');
  const [pngDownload] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const png = readFileSync(await saveDownload(pngDownload));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 700]);
  expect(await nonBackgroundShare(page, png)).toBeGreaterThan(0.05);
  execFileSync('cp', [path.join(out, pngDownload.suggestedFilename()), `${shots}/export-view.png`]);

  expect(session.foreignOrigins()).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test('a deck survives a reload and cancelling an export writes nothing', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await page.locator('button[data-panel="slides"]').click();
  await page.getByRole('button', { name: '+ New deck' }).click();
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(2);
  await page.reload();
  await waitForMapIdle(page);
  await page.locator('button[data-panel="slides"]').click();
  await page.getByRole('button', { name: /Untitled briefing/ }).first().click();
  await expect(page.getByTestId('slide-item')).toHaveCount(2);

  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByTestId('export-outcome')).toHaveText('Export cancelled. No file was written.');
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
});

// The same journey in Korean and Mongolian: the deck takes the UI's language, the audience shows the
// title, and the handout PDF carries Hangul or Cyrillic as text (not boxes). The pages are saved to look at.
for (const [language, button, deckTitle, slideTitle] of [
  ['ko', '한국어', '몽골 핵심 광물 브리핑', '오유톨고이 구리 광산과 남부 회랑'],
  ['mn', 'Монгол', 'Чухал ашигт малтмалын танилцуулга', 'Оюу толгойн зэс ба өмнөд коридор'],
] as const) {
  test(`a deck in ${language}: present it and export a handout with ${language === 'ko' ? 'Hangul' : 'Cyrillic'} text`, async ({ page, context }) => {
    const S = slidesStrings[language];
    const E = exportStrings[language];
    await openApp(page);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.locator('button[data-panel="slides"]').click();
    await page.getByRole('button', { name: `+ ${S.newDeck}` }).click();
    const deckField = page.getByLabel(S.deck.title, { exact: true });
    await deckField.fill(deckTitle);
    await deckField.blur();
    await expect(page.getByTestId('deck-title')).toHaveText(deckTitle);
    await page.getByRole('button', { name: `+ ${S.addFromView}` }).click();
    await expect(page.getByTestId('slide-item')).toHaveCount(1);
    const titleField = page.getByTestId('slide-editor').getByLabel(S.editor.title);
    await titleField.fill(slideTitle);
    await titleField.blur();
    await expect(page.getByTestId('slide-item').filter({ hasText: slideTitle })).toBeVisible();

    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: `▶ ${S.present}` }).click()]);
    await expect(audience.getByTestId('audience-title')).toHaveText(slideTitle);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-console')).toBeHidden();
    await audience.close();

    await page.getByRole('button', { name: S.export }).click();
    const dialog = page.getByTestId('export-dialog');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), dialog.getByRole('button', { name: E.start, exact: true }).click()]);
    const pdf = path.join(out, `handout-${language}.pdf`);
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(deckTitle);
    expect(text).toContain(slideTitle);
    expect(pdfPages(pdf)).toBe(3); // cover, the slide, the sources appendix
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(out, `handout-${language}`)]);
    for (const [n, name] of [[1, 'cover'], [2, 'slide1']] as const) {
      const png = readdirSync(out).find((f) => f.startsWith(`handout-${language}-`) && f.endsWith(`${n}.png`))!;
      execFileSync('cp', [path.join(out, png), `${shots}/handout-${language}-${name}.png`]);
    }
  });
}

test('a slide with a drawn polygon exports a PNG that shows the polygon', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  // A bright, opaque square drawing around the map's centre, stored as the drawing feature stores it.
  const center = await page.evaluate(() => window.__steppeMap!.getCenter().toArray() as [number, number]);
  await seedMagentaSquare(page, center);
  await page.reload();
  await waitForMapIdle(page);
  await page.evaluate(([lon, lat]) => window.__steppeMap!.jumpTo({ center: [lon, lat] }), center);
  await waitForMapIdle(page);
  const point = await page.evaluate(([lon, lat]) => window.__steppeMap!.project([lon, lat]), center);

  await page.locator('button[data-panel="slides"]').click();
  await page.getByRole('button', { name: 'Map as PNG…' }).click();
  const dialog = page.getByTestId('export-dialog');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const file = path.join(out, 'drawing-view.png');
  await download.saveAs(file);
  execFileSync('cp', [file, `${shots}/export-view-drawing.png`]);
  const rgb = await pixelAt(page, readFileSync(file), point.x, point.y);
  // The exported map shows the polygon's magenta where it was drawn.
  expect(rgb[0]).toBeGreaterThan(200);
  expect(rgb[1]).toBeLessThan(60);
  expect(rgb[2]).toBeGreaterThan(200);
});

/** Mean brightness (0–255) of the map picture on a handout page, from the JPEG embedded in the PDF. */
test('an export that draws its own maps prints every slide as that slide, while drawing the next one beside it', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await page.evaluate(() => window.__steppeLoadExport?.());
  await page.waitForFunction(() => !!window.__steppeExport);
  // Six map slides alternating light and dark, no picture kept: the export draws all six, the next while the last is encoded.
  const data = await page.evaluate(async () => {
    const api = window.__steppeExport!;
    await api.forgetMaps();
    return api.pdfData(await api.makeDeck(6, ['light', 'dark']));
  });
  const pdf = path.join(out, 'alternating-themes.pdf');
  writeFileSync(pdf, Buffer.from(data, 'base64'));
  expect(pdfPages(pdf)).toBe(1 + 6 + 1);
  const brightness: number[] = [];
  for (let n = 2; n <= 7; n++) brightness.push(await mapBrightness(page, pdf, n));
  const light = brightness.filter((_, i) => i % 2 === 0);
  const dark = brightness.filter((_, i) => i % 2 === 1);
  expect(Math.min(...light), `slide pictures' brightness in order: ${brightness.map(Math.round).join(', ')}`).toBeGreaterThan(Math.max(...dark) + 40);
});

async function mapBrightness(page: Page, pdf: string, pageNumber: number): Promise<number> {
  const prefix = path.join(out, `map-${path.basename(pdf, '.pdf')}-${pageNumber}`);
  execFileSync('pdfimages', ['-j', '-f', String(pageNumber), '-l', String(pageNumber), pdf, prefix]);
  const file = readdirSync(out).map((f) => path.join(out, f)).find((f) => f.startsWith(prefix) && f.endsWith('.jpg'))!;
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
    return sum / (data.length / 4);
  }, readFileSync(file).toString('base64'));
}

test('print pictures drawn in the background make exports that still show every slide as it is now', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await page.locator('button[data-panel="slides"]').click();
  await page.getByRole('button', { name: '+ New deck' }).click();
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(1);
  await page.mouse.move(900, 420);
  await page.mouse.wheel(0, -400);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  // The capture waits for the live map while the first slide's picture may be drawing: allow for a busy machine.
  await expect(page.getByTestId('slide-item')).toHaveCount(2, { timeout: 90_000 });

  // The open deck's print pictures are drawn in the background; the panel says when they are ready.
  await expect(page.getByTestId('print-pictures')).toHaveText('Print pictures ready: 2 of 2', { timeout: 240_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-prepared')).toHaveText('All 2 maps are already drawn.');
  const [first] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pdf = await saveDownload(first);
  await expect(dialog.getByTestId('export-outcome')).toContainText('Saved');
  expect(pdfPages(pdf)).toBe(1 + 2 + 1);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', pdf, path.join(out, 'prepared')]);
  const mapPage = readdirSync(out).find((f) => f.startsWith('prepared'))!;
  expect(await nonBackgroundShare(page, readFileSync(path.join(out, mapPage))), 'the kept picture is a drawn map').toBeGreaterThan(0.2);
  const lightBrightness = await mapBrightness(page, pdf, 2);

  await dialog.getByLabel(/PowerPoint/).check();
  const [deck] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pptx = await saveDownload(deck);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/lo-profile`, '--convert-to', 'pdf', '--outdir', path.join(out, 'lo-prepared'), pptx], { timeout: 120_000 });
  expect(pdfPages(path.join(out, 'lo-prepared', path.basename(pptx, '.pptx') + '.pdf'))).toBe(2);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Slide 1 is updated after its picture was drawn (now dark): an export at once must print the new view, not the kept one.
  await page.getByTestId('slide-item').first().getByRole('button').click();
  await page.getByRole('button', { name: 'Switch theme' }).click();
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Update from current view' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByLabel(/PDF handout/).check();
  const [second] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const updated = path.join(out, 'updated-slide.pdf');
  await second.saveAs(updated);
  const darkBrightness = await mapBrightness(page, updated, 2);
  expect(darkBrightness, `slide 1 prints dark now (was ${lightBrightness.toFixed(0)})`).toBeLessThan(lightBrightness - 60);
  expect(session.foreignOrigins()).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

// Hostile strings everywhere, in the built app in Chromium: a pack with a script-injection payload in
// every text field, a note, a KML file and a deck (title, caption, speaker notes) — then every place they
// are shown (map tooltip and labels, detail panel, notes, drawings import, slide list, presenter console,
// audience window) and every export (PDF text, PPTX XML, PNG). No dialog may open, no CSP violation be
// reported, no request leave the machine, no markup be injected; the payloads read as plain text.
import { expect, test, type Download, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync, strFromU8 } from 'fflate';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HOSTILE_STRINGS } from '../fixtures/hostile/payloads';
import { injectedMarkup, watch } from '../security/page-watch';
import { openApp, waitForMapIdle } from './helpers';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'test/e2e/screenshots');
const hostileDir = path.join(root, 'test/fixtures/hostile');
const bundledTitle = (JSON.parse(fs.readFileSync(path.join(root, 'assets/packs/mongolia-critical-minerals.pack.json'), 'utf8')) as { title: string }).title;
type Named = { id: string; name: { en: string }; description?: { en?: string }; location: { lat: number; lon: number } };
const hostilePack = JSON.parse(fs.readFileSync(path.join(hostileDir, 'hostile.pack.json'), 'utf8')) as { title: string; deposits: Named[] };
const oyu = hostilePack.deposits.find((d) => d.id === 'oyu-tolgoi')!;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-hostile-'));

// Payloads for what the user types. Plain HTML/script ones (no Markdown syntax), so the Markdown caption
// must show them character for character; the PDF and PPTX must carry them literally.
const P = (n: number) => HOSTILE_STRINGS[n - 1];
const DECK_TITLE = `Deck ${P(4)}`;
const SLIDE_TITLE = P(3);
const CAPTION = `${P(2)} ${P(27)}`;
const NOTES = `${P(6)} ${P(12)}`;
const NOTE_BODY = `Ask KOMIR ${P(19)} ${P(18)} <img src=x onerror=alert('XSS-note')>`;
const NOTE_TAG = '<b onmouseover=alert(1)>XSS-tag</b>';
const AUTHOR = '<svg onload=alert("XSS-author")>';

/** PDF text and the payload compared without whitespace: the PDF wraps long lines wherever it likes. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function saveDownload(download: Download) {
  const file = path.join(out, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Every `<a:t>` text run of a PPTX part, after XML parsing (a broken or unescaped part fails here). */
function pptxTexts(xml: string, part: string): string {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml');
  expect(errors, part).toEqual([]);
  return Array.from(doc.getElementsByTagName('a:t')).map((n) => n.textContent ?? '').join('');
}

/** How far the side panel's content sticks out sideways (a long word that does not wrap runs under the map). */
const panelOverflow = (page: Page) => page.locator('.side-panel').evaluate((el) => el.scrollWidth - el.clientWidth);

async function hoverPoint(page: Page, lon: number, lat: number) {
  await page.evaluate(([x, y]) => window.__steppeMap!.jumpTo({ center: [x, y], zoom: 8 }), [lon, lat]);
  await waitForMapIdle(page);
  const point = await page.evaluate(([x, y]) => window.__steppeMap!.project([x, y]), [lon, lat]);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + point.x + 20, box.y + point.y + 20);
  await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 4 });
  return { x: box.x + point.x, y: box.y + point.y };
}

test('hostile strings in a pack, a note, a KML file and a deck show as text everywhere, exports included', async ({ page, context }) => {
  test.setTimeout(600_000);
  const w = await watch(page);
  const app = await openApp(page);
  await expect(page.getByTestId('pack-status')).toContainText(bundledTitle, { timeout: 90_000 });
  await expect(page.getByTestId('sync-busy')).toHaveCount(0, { timeout: 30_000 });

  await test.step('the hostile pack imports; its preview shows the title character for character', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-pack').click();
    await (await chooser).setFiles(path.join(hostileDir, 'hostile.pack.json'));
    const preview = page.getByTestId('pack-preview');
    await expect(preview).toBeVisible({ timeout: 60_000 });
    await expect(preview).toContainText(hostilePack.title);
    for (const box of ['confirm-unverified', 'confirm-version']) {
      const check = preview.getByTestId(box);
      if (await check.count()) await check.check();
    }
    await preview.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByTestId('sync-applied')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('pack-status')).toContainText(hostilePack.title);
  });

  await test.step('map: hovering a hostile deposit shows its name as text; labels are drawn from the payloads', async () => {
    const at = await hoverPoint(page, oyu.location.lon, oyu.location.lat);
    await expect(page.locator('.map-tooltip-title')).toContainText(oyu.name.en);
    await page.screenshot({ path: path.join(shots, 'hardening-hostile-tooltip.png') });
    // Labels are drawn on the canvas (never parsed as HTML): the placed label features carry the payloads.
    const labels = await page.evaluate(() =>
      window.__steppeMap!.queryRenderedFeatures()
        .filter((f) => f.layer.type === 'symbol')
        .flatMap((f) => Object.values(f.properties ?? {}).filter((v): v is string => typeof v === 'string' && v.includes('XSS'))),
    );
    expect(labels.length, 'hostile names among the drawn labels').toBeGreaterThan(0);
    // Clicking the deposit opens its detail panel: name and description read as typed in the pack.
    await page.mouse.click(at.x, at.y);
    const detail = page.getByTestId('detail-panel');
    await expect(detail).toContainText(oyu.name.en, { timeout: 30_000 });
    if (oyu.description?.en) await expect(detail).toContainText(oyu.description.en);
    await page.screenshot({ path: path.join(shots, 'hardening-hostile-detail.png') });
    expect(await panelOverflow(page), 'long hostile words wrap inside the panel').toBeLessThanOrEqual(0);
  });

  await test.step('every side panel and the timeline, where names, sources, events and notes appear', async () => {
    const tabs = page.locator('.panel-tabs button[data-panel]');
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = tabs.nth(i);
      const id = await tab.getAttribute('data-panel');
      if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
      await expect(page.locator('.panel-loading')).toHaveCount(0, { timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, `hardening-hostile-panel-${id}.png`) });
      expect(await injectedMarkup(page), `${id} panel`).toEqual([]);
    }
    const timeline = page.getByTestId('timeline-open');
    if (await timeline.count()) {
      await timeline.first().click();
      await page.screenshot({ path: path.join(shots, 'hardening-hostile-timeline.png') });
      expect(await injectedMarkup(page), 'timeline').toEqual([]);
    }
  });

  await test.step('a note with a hostile body, tag and author shows them as text', async () => {
    const tab = page.locator('[data-panel="annotations"]');
    if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click(); // a second click would close it
    const name = page.getByLabel('Your name');
    // The notes panel loads on first use: wait for it to ask for a name or show its heading.
    await expect(name.or(page.getByRole('heading', { name: 'Notes', exact: true }))).toBeVisible({ timeout: 30_000 });
    if (await name.isVisible()) {
      await name.fill(AUTHOR);
      await page.getByRole('button', { name: 'Start writing notes' }).click();
    }
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('searchbox', { name: 'What is the note about?' }).fill('XSS-24');
    await page.locator('.target-options button').first().click();
    await page.getByLabel('Note text').fill(NOTE_BODY);
    await page.getByLabel('Add a tag…').fill(NOTE_TAG);
    await page.getByLabel('Add a tag…').press('Enter');
    await page.getByRole('button', { name: 'Save note' }).click();
    const card = page.getByTestId('annotation-card');
    await expect(card).toHaveCount(1);
    // Raw HTML in a note is dropped by its Markdown subset; everything else is literal text.
    await expect(card).toContainText(`Ask KOMIR ${P(19)} ${P(18)}`);
    await expect(card).toContainText('XSS-tag');
    await expect(card).toContainText(AUTHOR);
    await page.screenshot({ path: path.join(shots, 'hardening-hostile-note.png') });
    expect(await panelOverflow(page), 'the note card wraps long words').toBeLessThanOrEqual(0);
  });

  await test.step('a hostile KML imports as text', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import GeoJSON / KML…' }).click();
    await (await chooser).setFiles(path.join(hostileDir, 'hostile.kml'));
    const preview = page.getByTestId('import-preview');
    await expect(preview).toBeVisible({ timeout: 30_000 });
    await expect(preview.locator('.import-names li').first()).toContainText('XSS-1');
    await page.screenshot({ path: path.join(shots, 'hardening-hostile-kml.png') });
    await page.getByRole('button', { name: /^Import \d+ shapes$/ }).click();
    await expect(preview).toHaveCount(0);
  });

  await test.step('a deck with a hostile title, caption and speaker notes', async () => {
    await page.locator('button[data-panel="slides"]').click();
    await page.getByRole('button', { name: '+ New deck' }).click();
    const deckTitle = page.getByLabel('Title', { exact: true });
    await deckTitle.fill(DECK_TITLE);
    await deckTitle.blur();
    await expect(page.getByTestId('deck-title')).toHaveText(DECK_TITLE);
    await page.getByRole('button', { name: '+ Add slide from current view' }).click();
    const editor = page.getByTestId('slide-editor');
    await editor.getByLabel('Slide title').fill(SLIDE_TITLE);
    await editor.getByLabel('Caption').fill(CAPTION);
    await editor.getByLabel('Speaker notes (private)').fill(NOTES);
    await editor.getByLabel('Slide title').focus(); // leaving the notes field saves it
    await expect(page.getByTestId('slide-item').filter({ hasText: SLIDE_TITLE })).toHaveCount(1);
    await page.screenshot({ path: path.join(shots, 'hardening-hostile-slides.png') });
  });

  await test.step('presenter console and audience window show them as text; the audience never gets the notes', async () => {
    await page.getByTestId('slide-item').first().getByRole('button').click();
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
    await expect(page.getByTestId('presenter-console')).toBeVisible();
    await expect(page.getByTestId('presenter-notes')).toContainText(NOTES);
    await expect(page.getByTestId('presenter-current')).toContainText(SLIDE_TITLE);
    await expect(audience.getByTestId('audience-title')).toHaveText(SLIDE_TITLE, { timeout: 60_000 });
    await expect(audience.getByTestId('audience-caption')).toContainText(CAPTION);
    await expect(page.getByTestId('audience-state')).toHaveText('Audience window connected', { timeout: 60_000 });
    await page.screenshot({ path: path.join(shots, 'hardening-hostile-presenter.png') });
    await audience.screenshot({ path: path.join(shots, 'hardening-hostile-audience.png') });
    expect(await audience.content()).not.toContain('XSS-6');
    expect(await injectedMarkup(audience)).toEqual([]);
    expect(await injectedMarkup(page)).toEqual([]);
    expect(await w.violations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-console')).toBeHidden();
    await audience.close();
  });

  await test.step('PDF handout: the payloads are literal text', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('Include speaker notes pages').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const pdf = await saveDownload(download);
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    for (const [what, payload] of Object.entries({ DECK_TITLE, SLIDE_TITLE, CAPTION, NOTES })) expect(text, what).toContain(squash(payload));
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '2', pdf, path.join(out, 'hostile-pdf')]);

    await dialog.getByLabel(/PowerPoint/).check();
    const [pptxDownload] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const parts = unzipSync(fs.readFileSync(await saveDownload(pptxDownload)));
    const xmlOf = (re: RegExp) => Object.entries(parts).filter(([name]) => re.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)] as const);
    const slides = xmlOf(/^ppt\/slides\/slide\d+\.xml$/);
    const notes = xmlOf(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(slides.length).toBeGreaterThan(0);
    const slideText = slides.map(([name, xml]) => pptxTexts(xml, name)).join('\n');
    const notesText = notes.map(([name, xml]) => pptxTexts(xml, name)).join('\n');
    for (const [what, payload] of Object.entries({ SLIDE_TITLE, CAPTION })) expect(squash(slideText), what).toContain(squash(payload));
    expect(squash(notesText)).toContain(squash(NOTES));
    // Escaped, not raw: no markup from a payload became an element of the slide XML.
    for (const [name, xml] of [...slides, ...notes]) expect(xml, name).not.toMatch(/<(script|svg|img|iframe|details)\b/i);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('PNG export with a hostile title draws an image', async () => {
    await page.getByRole('button', { name: '← All decks' }).click();
    await page.getByRole('button', { name: 'Map as PNG…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('Title', { exact: true }).check();
    await dialog.getByLabel('Title on the image').fill(DECK_TITLE);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const png = fs.readFileSync(await saveDownload(download));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(100);
    await expect(dialog.getByTestId('export-outcome')).toContainText('Saved');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  expect(await injectedMarkup(page)).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(await w.violations()).toEqual([]);
  expect(w.remote).toEqual([]);
  expect(app.foreignOrigins()).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

// The atlas map: deposits drawn from the data, filters and legend, search in three languages, detail,
// bookmarkable hash, labels in Hangul and Cyrillic, zero network.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

// Software WebGL on a shared 2-core machine: give the first drawing (pack load included) room.
test.slow();

async function waitForMapIdle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 120_000 });
}

/** Deposits MapLibre actually drew in the viewport (circles never collide, so every point in view counts). */
async function renderedDeposits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__steppeMap!;
    const ids = map.queryRenderedFeatures({ layers: ['deposit-points'] }).map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });
}

/** Waits until the map draws exactly `count` deposits (a filter change reaches the map a frame or two later). */
async function expectDrawn(page: Page, count: number) {
  await expect.poll(async () => (await renderedDeposits(page)).length, { timeout: 60_000 }).toBe(count);
  await waitForMapIdle(page);
  expect(await renderedDeposits(page)).toHaveLength(count);
}

async function filterCount(page: Page): Promise<{ shown: number; total: number }> {
  const el = page.getByTestId('filter-count');
  return { shown: Number(await el.getAttribute('data-shown')), total: Number(await el.getAttribute('data-total')) };
}

async function openExplore(page: Page) {
  const tab = page.locator('[data-panel="explore"]');
  if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
  await expect(page.getByTestId('filter-count')).toBeVisible();
}

test('every filtered deposit is drawn, and filters change what is drawn and the legend', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await openExplore(page);
  const all = await filterCount(page);
  expect(all.total).toBeGreaterThan(30);
  expect(all.shown).toBe(all.total);
  await expectDrawn(page, all.shown);

  const legendGroups = page.getByTestId('legend-groups').locator('li');
  const groupsBefore = await legendGroups.count();
  await page.getByRole('group', { name: 'Commodity' }).getByLabel('Coal').check();
  await waitForMapIdle(page);
  const coal = await filterCount(page);
  expect(coal.shown).toBeGreaterThan(0);
  expect(coal.shown).toBeLessThan(all.shown);
  await expectDrawn(page, coal.shown);
  await expect(legendGroups).toHaveCount(1);
  expect(groupsBefore).toBeGreaterThan(1);
  await expect(page.getByTestId('legend-groups').locator('li[data-group="coal"]')).toBeVisible();

  await page.getByLabel('Strategic deposits only').check();
  await waitForMapIdle(page);
  const strategicCoal = await filterCount(page);
  expect(strategicCoal.shown).toBeLessThanOrEqual(coal.shown);
  await expectDrawn(page, strategicCoal.shown);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await waitForMapIdle(page);
  await expectDrawn(page, all.total);
  expect(session.pageErrors).toEqual([]);
});

for (const query of ['Oyu Tolgoi', 'Оюу толгой', 'Oyuu Tolgoi', '오유톨고이']) {
  test(`search “${query}” finds Oyu Tolgoi, flies there and opens its detail`, async ({ page }) => {
    await openApp(page);
    await waitForMapIdle(page);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill(query);
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect(first).toContainText('Oyu Tolgoi');
    await box.press('Enter');
    const detail = page.getByTestId('detail-panel');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Oyu Tolgoi');
    await expect(detail).toContainText('Оюу толгой');
    await expect(detail).toContainText('오유톨고이');
    await waitForMapIdle(page);
    const zoom = await page.evaluate(() => window.__steppeMap!.getZoom());
    expect(zoom).toBeGreaterThan(6);
    await expect(page).toHaveURL(/sel=deposit:oyu-tolgoi/);
  });
}

test('search is keyboard navigable and tolerates typos', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('Tavan Tolgio');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Tavan Tolgoi');
  // The first result is active as typed, unless the pointer rests over another one (hover also picks).
  const activeIndex = () => options.evaluateAll((els) => els.findIndex((el) => el.getAttribute('aria-selected') === 'true'));
  const before = await activeIndex();
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await box.press('ArrowDown');
  await expect.poll(activeIndex).toBe((before + 1) % count);
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
});

test('the detail panel shows estimates, nearest crossing, events and sources; Esc clears the selection', async ({ page }) => {
  await openApp(page, '/#sel=deposit:oyu-tolgoi');
  await waitForMapIdle(page);
  const detail = page.getByTestId('detail-panel');
  await page.locator('[data-panel="details"]').click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Oyu Tolgoi');
  await expect(detail.getByRole('table')).toContainText('JORC');
  await expect(detail).toContainText(/Border crossing: Gashuun/);
  await expect(detail.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  await page.screenshot({ path: 'test/e2e/screenshots/map-detail-en-light.png' });
  await page.getByTestId('map').focus();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/sel=/);
});

test('the URL hash restores filters, lens, layers and the camera', async ({ page }) => {
  await openApp(page, '/#v=105.5000,43.6000,7.00&c=coal&st=1&lens=CN&hide=aimags');
  await waitForMapIdle(page);
  const view = await page.evaluate(() => ({ zoom: window.__steppeMap!.getZoom(), center: window.__steppeMap!.getCenter() }));
  expect(view.zoom).toBeCloseTo(7, 1);
  expect(view.center.lng).toBeCloseTo(105.5, 1);
  await openExplore(page);
  await expect(page.getByRole('group', { name: 'Commodity' }).getByLabel('Coal')).toBeChecked();
  await expect(page.getByLabel('Strategic deposits only')).toBeChecked();
  await expect(page.getByLabel('Aimag boundaries')).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'China' })).toBeChecked();
  const visibility = await page.evaluate(() => window.__steppeMap!.getLayoutProperty('aimag-lines', 'visibility'));
  expect(visibility).toBe('none');
  // Changing a filter writes the hash back.
  await page.getByLabel('Strategic deposits only').uncheck();
  await expect(page).not.toHaveURL(/st=1/);
  await expect(page).toHaveURL(/c=coal/);
});

test('a partner lens highlights that partner and fades the rest', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await openExplore(page);
  await page.getByRole('radio', { name: 'Korea' }).check();
  await waitForMapIdle(page);
  const fill = await page.evaluate(() => JSON.stringify(window.__steppeMap!.getPaintProperty('partner-fill', 'fill-opacity')));
  expect(fill).toContain('KR');
  await expect(page).toHaveURL(/lens=KR/);
  await page.screenshot({ path: 'test/e2e/screenshots/map-lens-korea.png' });
});

test('measure distance, fit Mongolia and the coordinates readout', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Measure distance' }).click();
  const map = page.getByTestId('map');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.5);
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(page.getByTestId('measure-readout')).toContainText(/Distance: [\d,]+(\.\d)? km/);
  const km = Number((await page.getByTestId('measure-readout').textContent())!.replace(/[^\d.]/g, ''));
  expect(km).toBeGreaterThan(100);
  await expect(page.locator('.readout-coords')).toContainText(/° N, .*° E/);
  await page.getByRole('button', { name: 'Stop measuring' }).click();
  const home = await page.evaluate(() => window.__steppeMap!.getZoom());
  // One zoom step at a time: a second click during the first animation starts from wherever it got to.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => page.evaluate(() => window.__steppeMap!.getZoom())).toBeGreaterThan(home + 0.9);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => page.evaluate(() => window.__steppeMap!.getZoom())).toBeGreaterThan(home + 1.5);
  await waitForMapIdle(page);
  const zoomed = await page.evaluate(() => window.__steppeMap!.getZoom());
  await page.getByRole('button', { name: 'Fit Mongolia' }).click();
  await waitForMapIdle(page);
  await expect.poll(() => page.evaluate(() => window.__steppeMap!.getZoom())).toBeLessThan(zoomed - 1);
});

for (const [language, button, theme] of [['ko', '한국어', 'light'], ['mn', 'Монгол', 'dark'], ['ko', '한국어', 'dark'], ['en', 'EN', 'dark']] as const) {
  test(`labels and panels in ${language}, ${theme} theme (screenshot)`, async ({ page }) => {
    const session = await openApp(page, '/#v=106.0000,45.5000,5.20');
    await waitForMapIdle(page);
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch theme' }).click();
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.locator('[data-panel="explore"]').click();
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(window.__steppeMap!.getLayoutProperty('deposit-labels', 'text-field'))))
      .toContain(`"${language}"`);
    await waitForMapIdle(page);
    await page.screenshot({ path: `test/e2e/screenshots/map-${language}-${theme}.png` });
    expect(session.foreignOrigins()).toEqual([]);
  });
}

test('panning, zooming, searching and selecting make no request outside the app', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await page.getByRole('combobox', { name: 'Search' }).fill('오유톨고이');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await waitForMapIdle(page);
  await page.getByTestId('map').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('-');
  await waitForMapIdle(page);
  expect(session.foreignOrigins()).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test('keyboard: arrows pan and + zooms the focused map; hovering a deposit shows its name', async ({ page }) => {
  await openApp(page, '/#v=106.8583,43.0028,7.00');
  await waitForMapIdle(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  await canvas.focus();
  const before = await page.evaluate(() => ({ ...window.__steppeMap!.getCenter(), zoom: window.__steppeMap!.getZoom() }));
  // One key at a time: a zoom pressed during the pan animation would restart it from where it got to.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.__steppeMap!.getCenter().lng)).toBeGreaterThan(before.lng);
  await page.keyboard.press('Equal');
  await expect.poll(() => page.evaluate(() => window.__steppeMap!.getZoom())).toBeGreaterThan(before.zoom + 0.5);
  await waitForMapIdle(page);
  const point = await page.evaluate(() => window.__steppeMap!.project([106.8583, 43.0028]));
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await expect(page.locator('.map-tooltip')).toContainText('Oyu Tolgoi · Deposit');
});

test('the basemap draws lakes and rivers, and corridor nodes as the icons the legend shows', async ({ page }) => {
  await openApp(page, '/#v=103.0000,49.5000,5.30');
  await waitForMapIdle(page);
  const drawn = (layer: string) =>
    page.evaluate((id) => [...new Set(window.__steppeMap!.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id ?? '')))], layer);
  await expect.poll(() => drawn('lakes')).toEqual(expect.arrayContaining(['khovsgol']));
  await expect.poll(() => drawn('rivers')).toEqual(expect.arrayContaining(['selenge']));
  // Every node kind drawn has its icon registered as an image (not a letter), and a matching legend entry.
  const kinds = await page.evaluate(() => [...new Set(window.__steppeMap!.queryRenderedFeatures({ layers: ['node-points'] }).map((f) => String(f.properties.kind)))]);
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) {
    expect(await page.evaluate((k) => window.__steppeMap!.hasImage(`node-light-${k}`), kind)).toBe(true);
    if (kind !== 'mine-site') await expect(page.getByTestId('legend-nodes').locator(`li[data-kind="${kind}"] svg path`).first()).toBeVisible();
  }
  await page.screenshot({ path: 'test/e2e/screenshots/map-water-nodes.png' });
});

test('Mongolian UI labels countries in Mongolian; the legend can switch map labels to English alone', async ({ page }) => {
  const session = await openApp(page, '/#v=110.0000,45.0000,3.20');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Монгол', exact: true }).click();
  const countryField = () => page.evaluate(() => JSON.stringify(window.__steppeMap!.getLayoutProperty('country-labels', 'text-field')));
  await expect.poll(countryField).toContain('["get","mn"]');
  await waitForMapIdle(page);
  const names = await page.evaluate(() => window.__steppeMap!.queryRenderedFeatures({ layers: ['country-labels'] }).map((f) => String(f.properties.mn)));
  expect(names).toEqual(expect.arrayContaining(['Хятад', 'Орос']));
  await page.screenshot({ path: 'test/e2e/screenshots/map-countries-mn.png' });

  await page.getByTestId('map-label-language').selectOption('en');
  await expect.poll(countryField).toContain('["get","en"]');
  await expect(page.getByRole('button', { name: 'Монгол', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await waitForMapIdle(page);
  expect(session.foreignOrigins()).toEqual([]);
});

test('a partner lens also keeps the timeline to that partner\'s events', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await page.getByTestId('timeline-open').click();
  const strip = page.getByTestId('timeline');
  const all = await strip.locator('li[data-event]').count();
  await page.getByRole('button', { name: 'Partners' }).click();
  await page.getByTestId('partner-lens').click();
  await expect(page).toHaveURL(/lens=KR/);
  await expect(strip.getByTestId('timeline-lens')).toContainText('Korea');
  await expect(strip.locator('.tl-tick.tl-faded').first()).toBeAttached();
  const events = strip.locator('li[data-event]');
  expect(await events.count()).toBeGreaterThan(0);
  for (const codes of await events.locator('.tl-meta').allTextContents()) expect(codes).toContain('KR');
  expect(await strip.locator('.tl-tick.tl-lensed').count()).toBeLessThan(await strip.locator('.tl-tick').count());
  await strip.getByRole('button', { name: 'Show every partner' }).click();
  await expect(page).not.toHaveURL(/lens=KR/);
  await expect(strip.locator('li[data-event]')).toHaveCount(all);
});

test('shift- and ctrl-click ring several deposits at once; a slide made from the view keeps every one', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  // Three deposits with no other near them on screen, so each click lands on one alone.
  const picks = await page.evaluate(() => {
    const map = window.__steppeMap!;
    const canvas = map.getCanvas();
    const points = map.queryRenderedFeatures({ layers: ['deposit-points'] }).map((f) => {
      const lonLat = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      return { id: String(f.properties.id), name: String(f.properties.en), lonLat, at: map.project(lonLat) };
    });
    const clear = (p: (typeof points)[number]) => points.every((o) => o.id === p.id || Math.hypot(o.at.x - p.at.x, o.at.y - p.at.y) > 40);
    return points
      .filter((p) => p.at.x > 80 && p.at.x < canvas.clientWidth - 320 && p.at.y > 120 && p.at.y < canvas.clientHeight - 80 && clear(p))
      .slice(0, 3)
      .map(({ id, name, lonLat }) => ({ id, name, lonLat }));
  });
  expect(picks).toHaveLength(3);
  const canvas = page.getByTestId('map').locator('canvas.maplibregl-canvas');
  const at = (lonLat: [number, number]) => page.evaluate((ll) => window.__steppeMap!.project(ll), lonLat);
  const click = async (pick: (typeof picks)[number], modifiers: Array<'Shift' | 'Control'> = []) => {
    const { x, y } = await at(pick.lonLat);
    await canvas.click({ position: { x, y }, modifiers });
  };
  /** Deposits drawn with a ring: the ring's disc reaches 12 px beside the deposit, the symbol's does not. */
  const ringed = () => page.evaluate(async (ps) => {
    const map = window.__steppeMap!;
    return ps.filter((p) => {
      const { x, y } = map.project(p.lonLat);
      return map.queryRenderedFeatures([x + 12, y], { layers: ['deposit-selected'] }).some((f) => String(f.properties.id) === p.id);
    }).map((p) => p.id);
  }, picks);

  await click(picks[0]);
  await expect(page.locator('#detail-title')).toHaveText(picks[0].name);
  await expect.poll(ringed).toEqual([picks[0].id]);
  await click(picks[1], ['Shift']);
  await click(picks[2], ['Control']);
  await expect.poll(ringed).toEqual(picks.map((p) => p.id));
  await page.screenshot({ path: 'test/e2e/screenshots/map-highlights.png' });
  // The details stay on the first; a modifier-click on a ringed deposit takes its ring off again.
  await expect(page.locator('#detail-title')).toHaveText(picks[0].name);
  await click(picks[2], ['Shift']);
  await expect.poll(ringed).toEqual([picks[0].id, picks[1].id]);

  await page.locator('button[data-panel="slides"]').click();
  await page.getByRole('button', { name: '+ New deck' }).click();
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  const highlights = page.getByTestId('slide-highlights').locator('li');
  await expect(highlights).toHaveCount(2);
  await expect(highlights.nth(0)).toContainText(picks[0].name);
  await expect(highlights.nth(1)).toContainText(picks[1].name);
  // A deposit highlighted afterwards joins the slide from the editor.
  await click(picks[2], ['Shift']);
  await expect.poll(ringed).toEqual(picks.map((p) => p.id));
  await page.getByRole('button', { name: '+ Add the map’s selection' }).click();
  await expect(highlights).toHaveCount(3);
  await expect(highlights.nth(2)).toContainText(picks[2].name);
  // A plain click starts over with one.
  await click(picks[2]);
  await expect.poll(ringed).toEqual([picks[2].id]);
});

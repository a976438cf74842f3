// Corridor analysis as a user meets it: choose Tavan Tolgoi → Korea, close Zamyn-Üüd, avoid China and Russia.
import { expect, test, type Page } from '@playwright/test';
import { colourShare, openApp } from './helpers';

// Software WebGL draws the map slowly, slower still on a busy machine: each test opens the app and waits for it.
test.describe.configure({ timeout: 180_000 });

async function waitForMapIdle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
}

/** Regions of the legs drawn on the map's route layer, in travel order. */
async function drawnRoute(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__steppeMap as unknown as { getSource: (id: string) => { serialize: () => { data: GeoJSON.FeatureCollection } } | undefined };
    const source = map?.getSource('analysis-route');
    return source ? source.serialize().data.features.map((f) => String(f.properties?.region)) : [];
  });
}

/** Zooms in on a deposit (its position read from the analysis overlay) so no neighbour overlaps it, and points at it. */
async function hoverDeposit(page: Page, id: string) {
  const found = await page.evaluate((depositId) => {
    const map = window.__steppeMap as unknown as {
      getSource: (id: string) => { serialize: () => { data: GeoJSON.FeatureCollection<GeoJSON.Point> } } | undefined;
      jumpTo: (o: { center: [number, number]; zoom: number }) => void;
    };
    const f = map.getSource('analysis-deposits')?.serialize().data.features.find((x) => x.properties?.id === depositId);
    if (f) map.jumpTo({ center: f.geometry.coordinates as [number, number], zoom: 8 });
    return Boolean(f);
  }, id);
  expect(found).toBe(true);
  await waitForMapIdle(page);
  const point = await page.evaluate(() => {
    const map = window.__steppeMap as unknown as { project: (p: [number, number]) => { x: number; y: number }; getCenter: () => { lng: number; lat: number } };
    const c = map.getCenter();
    return map.project([c.lng, c.lat]);
  });
  const box = (await page.locator('[data-testid="map"] canvas').first().boundingBox())!;
  await page.mouse.move(box.x + point!.x + 20, box.y + point!.y + 20);
  await page.mouse.move(box.x + point!.x, box.y + point!.y, { steps: 4 });
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
  // The briefing question, answered in one sentence for the chosen partner.
  await expect(page.getByTestId('reach-headline')).toHaveText(/^Korea: \d+ of 49 deposits reachable without China; \d+ without either China or Russia\.$/);
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

  // On the map, hovering the greyed Tavan Tolgoi says why, in the panel's words.
  await hoverDeposit(page, 'tavan-tolgoi');
  await expect(page.locator('.map-tooltip-title')).toContainText('Tavan Tolgoi');
  const note = page.getByTestId('map-tooltip-note');
  await expect(note).toContainText('No route to Korea in this scenario');
  await expect(note).toContainText('avoiding China, avoiding Russia');
  await page.screenshot({ path: 'test/e2e/screenshots/analysis-blocked-tooltip.png' });
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

test('the other way out of Mongolia can be shown on the map from the route card', async ({ page }) => {
  await openAnalysis(page);
  await page.getByTestId('analysis-deposit').selectOption('tavan-tolgoi');
  await expect(page.getByTestId('route-card')).toHaveAttribute('data-exit', 'zamyn-uud');
  await page.locator('label.an-way[data-exit="sukhbaatar"]').click();
  await expect(page.getByTestId('route-card')).toHaveAttribute('data-exit', 'sukhbaatar');
  await expect.poll(() => drawnRoute(page)).toContain('RU');
  // The same deposit against every partner.
  await page.getByTestId('route-every-partner').locator('summary').click();
  await expect(page.getByTestId('route-every-partner').locator('tr[data-partner="CN"]')).toContainText('Zamyn-Üüd');
});

test('partner profiles cite their sources and the compare view sets partners side by side', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Partners' }).click();
  const profile = page.getByTestId('partner-profile');
  await expect(profile).toHaveAttribute('data-partner', 'KR');
  await expect(profile.locator('[data-role="investor"]')).toBeVisible();
  await expect(profile.locator('.pt-cite').first()).toHaveText(/\[\d+\]/);
  const sources = profile.locator('.pt-sources li');
  expect(await sources.count()).toBeGreaterThan(1);
  await expect(page.getByTestId('partner-reach')).toContainText(/of 49 deposits reachable/);

  await page.getByRole('radio', { name: 'Compare' }).click();
  const table = page.getByTestId('partner-compare').locator('table');
  await expect(table.locator('thead th')).toHaveText(['', 'South Korea', 'Japan', 'United States', 'European Union']);
  await page.getByTestId('partner-compare').getByRole('checkbox', { name: 'China', exact: true }).check();
  await expect(table.locator('thead th')).toHaveCount(6);
  await page.screenshot({ path: 'test/e2e/screenshots/partners-compare.png' });
});

test('indicator charts name their source and export as SVG and PNG', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Indicators' }).click();
  const chart = page.locator('[data-chart="cn-magnet-exports-2025-08"]');
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart.locator('.ind-source')).toContainText('Source:');

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /as SVG/ }).click()]);
  const svg = await (await import('node:fs/promises')).readFile(await svgDownload.path(), 'utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain('Chinese rare-earth permanent magnet');
  expect(svg).toContain('Source:');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /as PNG/ }).click()]);
  const png = await (await import('node:fs/promises')).readFile(await pngDownload.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(600); // width at 2× for projectors
  await pngDownload.saveAs('test/e2e/screenshots/chart-export.png');
  await page.screenshot({ path: 'test/e2e/screenshots/indicators.png' });
});

test('scrubbing the timeline filters events and rings the deposits they concern; play moves the date', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await page.getByTestId('timeline-open').click();
  const strip = page.getByTestId('timeline');
  const slider = strip.getByRole('slider');
  const month = () => page.getByTestId('timeline-date').locator('time').getAttribute('datetime');
  const latest = await month();
  const countAt = async () => Number((await strip.locator('.tl-meta').first().textContent())?.match(/^(\d+)/)?.[1]);
  const allShown = await countAt();
  await slider.fill('60'); // 2015-01
  // The month is written the way the interface language writes dates.
  await expect(page.getByTestId('timeline-date')).toHaveText('Jan 2015');
  expect(await month()).toBe('2015-01');
  expect(await countAt()).toBeLessThan(allShown);
  const shownDates = await strip.locator('li time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(shownDates.length).toBeGreaterThan(0);
  for (const date of shownDates) expect(date.slice(0, 7) <= '2015-01', date).toBe(true);

  const ringed = () => page.evaluate(() => {
    const map = window.__steppeMap as unknown as { getSource: (id: string) => { serialize: () => { data: GeoJSON.FeatureCollection } } | undefined };
    return map?.getSource('analysis-highlights')?.serialize().data.features.length ?? 0;
  });
  await slider.fill('150'); // 2022-07: the new railways to China
  await expect.poll(ringed).toBeGreaterThan(0);

  await slider.fill('0');
  await strip.getByRole('button', { name: /Play/ }).click();
  await expect.poll(month).not.toBe('2010-01');
  await strip.getByRole('button', { name: /Pause/ }).click();
  expect(latest).toMatch(/^20\d\d-\d\d$/);

  // In Mongolian the month is written in Mongolian, though Chromium's own date formatting knows no Mongolian.
  await page.getByRole('button', { name: 'Монгол', exact: true }).click();
  await slider.fill('60');
  await expect(page.getByTestId('timeline-date')).toHaveText('2015 оны 1-р сар');
});

/** Tavan Tolgoi → Korea with Zamyn-Üüd closed (so the route runs through Russia), put on a slide from the Routes panel. */
async function slideTavanTolgoiViaRussia(page: Page) {
  await openAnalysis(page);
  await page.getByTestId('analysis-deposit').selectOption('tavan-tolgoi');
  await page.getByTestId('close-crossings').locator('summary').click();
  await page.locator('input[data-node="zamyn-uud"]').check();
  await expect(page.getByTestId('route-card')).toHaveAttribute('data-exit', 'sukhbaatar');
  await waitForMapIdle(page);
  await page.getByTestId('add-to-slide').click();
  await expect(page.getByTestId('add-to-slide').locator('..')).toContainText('Added to the deck');
}

test('the scenario and its route go on a slide, with the route’s corridors highlighted', async ({ page }) => {
  await slideTavanTolgoiViaRussia(page);
  const slide = await page.evaluate(
    () =>
      new Promise<{ title: string; caption: string; highlighted: { kind: string; id: string }[]; analysis: unknown }>((resolve, reject) => {
        const open = indexedDB.open('steppe-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('decks').objectStore('decks').getAll();
          all.onsuccess = () => {
            const s = all.result.flatMap((d: { slides: unknown[] }) => d.slides).at(-1) as { title: string; caption: string; view: { highlighted: { kind: string; id: string }[]; analysis: unknown } };
            resolve({ title: s.title, caption: s.caption, highlighted: s.view.highlighted, analysis: s.view.analysis });
          };
        };
      }),
  );
  expect(slide.title).toContain('→ Korea');
  expect(slide.caption).toContain('Zamyn-Üüd');
  expect(slide.caption).toContain('% in Russia');
  expect(slide.highlighted).toContainEqual({ kind: 'corridor', id: 'trans-siberian-east' });
  expect(slide.highlighted).toContainEqual({ kind: 'deposit', id: 'tavan-tolgoi' });
  expect(slide.analysis).toEqual(expect.objectContaining({ partner: 'KR', deposit: 'tavan-tolgoi', exit: 'sukhbaatar' }));

  // Back to the baseline, then play the slide: the scenario and its route through Russia come back.
  await page.locator('input[data-node="zamyn-uud"]').uncheck();
  await expect(page.getByTestId('route-card')).toHaveAttribute('data-exit', 'zamyn-uud');
  await page.getByRole('button', { name: 'Slides' }).click();
  await page.getByTestId('slides-panel').locator('.deck-card').first().click();
  await page.getByTestId('slide-item').last().click();
  await page.getByRole('button', { name: 'Show on map' }).click();
  await expect.poll(() => drawnRoute(page)).toContain('RU');
  expect(await drawnRoute(page)).not.toContain('CN');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test/e2e/screenshots/analysis-slide-played.png' });
});

/** Share of a PNG's pixels within `tolerance` of a colour (decoded in the page, where canvas is at hand). */
test('a scenario slide draws its route in the audience view and in the exported PDF, unlike the same view without it', async ({ page, context }) => {
  test.setTimeout(420_000);
  const { execFileSync } = await import('node:child_process');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const os = await import('node:os');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-scenario-e2e-'));
  await slideTavanTolgoiViaRussia(page);

  // The same view without the scenario: leaving the Routes panel takes the route off the map.
  await page.getByRole('button', { name: 'Slides' }).click();
  await page.getByTestId('slides-panel').locator('.deck-card').first().click();
  await expect.poll(() => drawnRoute(page)).toEqual([]);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: '+ Add slide from current view' }).click();
  await expect(page.getByTestId('slide-item')).toHaveCount(2);

  // Presenting the scenario slide: the audience map renders the route's legs, coloured by the country they cross.
  await page.getByTestId('slide-item').first().click();
  const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-slide-index', '0', { timeout: 90_000 });
  await expect(audience.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
  const rendered = () => audience.evaluate(() => {
    const map = window.__steppeMap as unknown as { queryRenderedFeatures: (o: { layers: string[] }) => { properties: { region: string; color: string } }[] };
    return map.queryRenderedFeatures({ layers: ['analysis-route-solid', 'analysis-route-dashed'] }).map((f) => `${f.properties.region} ${f.properties.color}`);
  });
  await expect.poll(async () => new Set(await rendered()).size, { timeout: 60_000 }).toBeGreaterThan(1);
  const legs = new Set(await rendered());
  expect(legs).toContain('RU #3b6fd8');
  expect(legs).toContain('MN #c98a1b');
  expect([...legs].some((l) => l.startsWith('CN '))).toBe(false);
  await audience.screenshot({ path: 'test/e2e/screenshots/audience-scenario-slide.png' });
  await page.keyboard.press('Escape');
  await audience.close();

  // The handout: the scenario slide's map shows the Russian (blue) leg; the plain slide's map does not.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pdf = path.join(out, 'scenario.pdf');
  await download.saveAs(pdf);
  execFileSync('pdfimages', ['-png', pdf, path.join(out, 'map')]);
  const maps = fs.readdirSync(out).filter((f) => f.startsWith('map-')).sort().map((f) => fs.readFileSync(path.join(out, f))).filter((b) => b.readUInt32BE(16) >= 1000);
  expect(maps).toHaveLength(2);
  const [withScenario, without] = [await colourShare(page, maps[0], '#3b6fd8'), await colourShare(page, maps[1], '#3b6fd8')];
  expect(withScenario, 'the Russian leg is drawn in blue on the scenario slide').toBeGreaterThan(0.002);
  expect(withScenario).toBeGreaterThan(without * 5);
  fs.copyFileSync(path.join(out, fs.readdirSync(out).filter((f) => f.startsWith('map-')).sort()[0]), 'test/e2e/screenshots/handout-scenario-map.png');
});

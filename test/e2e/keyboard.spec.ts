// Keyboard only, no mouse: skip link → map → search (Cyrillic and Latin) → detail → slides → present → next →
// exit, with a visible focus ring at every step and focus never dropped to <body> when something closes.
// Also the map's text alternative: the "Visible on map" list follows the view and opens what is picked.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, waitForMapIdle } from './helpers';

// Software WebGL on a shared 2-core machine.
test.slow();

interface FocusState {
  onBody: boolean;
  ring: boolean;
  label: string;
}

/** Where focus is and whether it shows a ring: an outline, or a box-shadow focus style (MapLibre's controls). */
async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { onBody: true, ring: false, label: 'body' };
    // On a date field's calendar button (inside the field) the browser draws its own ring, which CSS cannot reach.
    if (el instanceof HTMLInputElement && /^(date|time|datetime-local)$/.test(el.type) && !el.matches(':focus')) return { onBody: false, ring: true, label: 'date picker' };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const shadow = /(^|,)\s*rgb[^)]*\)\s+0px\s+0px\s+\d+px\s+[1-9]/.test(cs.boxShadow);
    const label = `${el.outerHTML.slice(0, 160)} (outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow})`;
    return { onBody: false, ring: outline || shadow, label };
  });
}

async function expectVisibleFocus(page: Page, step: string) {
  // A date field moves focus into its parts a moment after Tab: give the ring a moment to appear.
  await expect.poll(async () => (await focusState(page)).ring, { timeout: 3_000 }).toBe(true).catch(() => undefined);
  const s = await focusState(page);
  expect(s.onBody, `${step}: focus was lost to <body>`).toBe(false);
  expect(s.ring, `${step}: no visible focus ring on ${s.label}`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus ring on every stop on the way. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page, `Tab stop ${i + 1} on the way to ${target}`);
  }
  throw new Error(`${target} was not reached in ${max} Tab presses`);
}

async function waitForFirstRun(page: Page) {
  await waitForMapIdle(page);
  await expect(page.getByTestId('pack-status')).toContainText(/ v\d/);
  // The first-run pack dialog holds focus, and its "loaded" toast takes the first Tab: let both go.
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('sync-applied')).toHaveCount(0, { timeout: 30_000 });
}

test('keyboard only: skip to the map, search, open the detail, add slides, present, next, exit', async ({ page, context }) => {
  const session = await openApp(page);
  await waitForFirstRun(page);

  // Skip link → map.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
  await expectVisibleFocus(page, 'skip link');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map')).toBeFocused();
  await expectVisibleFocus(page, 'map after the skip link');

  // Search in Mongolian Cyrillic: the first result is Oyu Tolgoi. Esc closes the list, a second Esc clears the box.
  const search = page.getByRole('combobox', { name: 'Search' });
  await tabTo(page, search);
  await page.keyboard.type('Оюу толгой');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Oyu Tolgoi');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expectVisibleFocus(page, 'search after Esc');

  // The same in Latin, as a Mongolian would spell it: arrow away and back to the result, Enter opens its detail.
  await page.keyboard.type('Oyuu Tolgoi');
  await expect(options.first()).toContainText('Oyu Tolgoi');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail-panel');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Oyu Tolgoi');
  await expectVisibleFocus(page, 'search after opening the detail');
  await waitForMapIdle(page);

  // Slides: open the tab, make a deck, add two slides from the current view.
  await tabTo(page, page.locator('button[data-panel="slides"]'), { backwards: true });
  await page.keyboard.press('Enter');
  const newDeck = page.getByRole('button', { name: '+ New deck' });
  await tabTo(page, newDeck);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deck-title')).toBeVisible();
  await expectVisibleFocus(page, 'new deck opened');
  const addSlide = page.getByRole('button', { name: '+ Add slide from current view' });
  await tabTo(page, addSlide);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide-item')).toHaveCount(1);
  await expectVisibleFocus(page, 'first slide added');
  await tabTo(page, addSlide, { backwards: true });
  await expect(addSlide).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide-item')).toHaveCount(2);
  await expectVisibleFocus(page, 'second slide added');

  // Present from the first slide: the console takes focus; → goes to slide 2; Esc ends and gives focus back.
  await tabTo(page, page.getByTestId('slide-item').first().getByRole('button').first());
  await page.keyboard.press('Enter');
  const present = page.getByRole('button', { name: '▶ Present' });
  await tabTo(page, present, { backwards: true });
  const [audience] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  const console_ = page.getByTestId('presenter-console');
  await expect(console_).toBeVisible();
  await expect(console_).toBeFocused();
  await expect(page.getByTestId('presenter-position')).toHaveText('Slide 1 of 2');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-position')).toHaveText('Slide 2 of 2');
  await page.keyboard.press('Escape');
  await expect(console_).toBeHidden();
  await expect(present).toBeFocused();
  await expectVisibleFocus(page, 'after the presentation ended');
  await audience.close();

  // Back on the map, Esc clears the selection: the detail closes and focus stays on the map.
  await tabTo(page, page.getByTestId('map').locator('canvas.maplibregl-canvas'));
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/sel=/);
  await expectVisibleFocus(page, 'map after Esc cleared the selection');
  expect(session.pageErrors).toEqual([]);
  expect(session.foreignOrigins()).toEqual([]);
});

test('the "Visible on map" list follows the view and the filters, and picking an item opens it', async ({ page }) => {
  await openApp(page, '/#v=106.8583,43.0028,7.00');
  await waitForFirstRun(page);
  const list = page.getByTestId('visible-features');
  const toggle = list.getByRole('button', { name: /Visible on map \(\d+\)/ });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const oyu = list.getByRole('button', { name: 'Oyu Tolgoi', exact: true });
  await expect(oyu).toBeVisible();
  await expect(list.getByRole('button', { name: 'Erdenet', exact: true })).toHaveCount(0);
  const near = Number(await list.getAttribute('data-count'));

  // Zoom out with the keyboard: more of Mongolia comes into view and into the list.
  await page.locator('canvas.maplibregl-canvas').focus();
  for (let i = 0; i < 3; i++) {
    const zoom = await page.evaluate(() => window.__steppeMap!.getZoom());
    await page.keyboard.press('Minus');
    await expect.poll(() => page.evaluate(() => window.__steppeMap!.getZoom())).toBeLessThan(zoom - 0.5);
    await waitForMapIdle(page);
  }
  await expect.poll(async () => Number(await list.getAttribute('data-count'))).toBeGreaterThan(near);
  const wide = Number(await list.getAttribute('data-count'));

  // Pan away east with the arrow keys: Oyu Tolgoi leaves the view and the list.
  for (let i = 0; i < 6; i++) {
    const lng = await page.evaluate(() => window.__steppeMap!.getCenter().lng);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.__steppeMap!.getCenter().lng)).toBeGreaterThan(lng);
    await waitForMapIdle(page);
    if ((await oyu.count()) === 0) break;
  }
  await expect(oyu).toHaveCount(0);

  // Back home, then a filter: only coal deposits stay in the list.
  await page.getByRole('button', { name: 'Fit Mongolia' }).focus();
  await page.keyboard.press('Enter');
  await waitForMapIdle(page);
  await expect.poll(async () => Number(await list.getAttribute('data-count'))).toBeGreaterThanOrEqual(wide);
  await page.locator('[data-panel="explore"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Commodity' }).getByLabel('Coal').focus();
  await page.keyboard.press('Space');
  const deposits = list.locator('h3', { hasText: 'Deposits' }).locator('xpath=following-sibling::ul[1]').getByRole('button');
  await expect.poll(() => deposits.count()).toBeGreaterThan(0);
  const shown = Number(await page.getByTestId('filter-count').getAttribute('data-shown'));
  await expect(deposits).toHaveCount(shown);

  // Picking an item from the keyboard selects it and opens its detail.
  const first = deposits.first();
  const name = (await first.textContent())!.replace(/^◆/, '').trim();
  await first.focus();
  await expectVisibleFocus(page, 'a visible-features item');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(first).toHaveAttribute('aria-current', 'true');
});

test('a refused pack is announced as an alert with its reason, and Esc gives focus back to Import', async ({ page }) => {
  await openApp(page);
  await waitForFirstRun(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pack').focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles('test/fixtures/packs/bad/tampered-checksum.json');
  const alert = page.getByTestId('sync-refused').getByRole('alert');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(alert).toHaveAttribute('data-testid', 'sync-refusal');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sync-refused')).toHaveCount(0);
  await expect(page.getByTestId('import-pack')).toBeFocused();
});

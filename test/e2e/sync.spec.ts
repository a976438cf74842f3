// Pack sync end to end: first run, importing newer packs with a preview, refusing bad files, orphaned notes,
// history and rollback, settings and backup. Runs on the production build in Chromium.
import { expect, test, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sealPack, type Pack } from '../../shared/pack';
import { databaseDigest, openApp, waitForMapIdle } from './helpers';

const root = path.resolve(__dirname, '../..');
const bundled = JSON.parse(fs.readFileSync(path.join(root, 'assets/packs/mongolia-critical-minerals.pack.json'), 'utf8')) as { title: string; version: number };
const goodDir = path.join(root, 'test/fixtures/packs/good');
const badDir = path.join(root, 'test/fixtures/packs/bad');
const shots = path.join(root, 'test/e2e/screenshots');

// Each test walks several dialogs over a software-rendered map; give them room on a loaded machine.
test.describe.configure({ timeout: 240_000 });

async function chooseFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pack').click();
  await (await chooser).setFiles(file);
}

async function waitForBundledPack(page: Page) {
  await expect(page.getByTestId('pack-status')).toContainText(`${bundled.title} v${bundled.version}`, { timeout: 30_000 });
  await expect(page.getByTestId('sync-busy')).toHaveCount(0);
}


async function putAnnotation(page: Page, record: Record<string, unknown>) {
  await page.evaluate(async (rec) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('steppe-atlas');
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('annotations', 'readwrite');
      tx.objectStore('annotations').put(rec);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, record);
}

async function getAnnotation(page: Page, id: string) {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('steppe-atlas');
      r.onsuccess = () => resolve(r.result);
    });
    const row = await new Promise<Record<string, unknown> | undefined>((resolve) => {
      const r = db.transaction('annotations').objectStore('annotations').get(key);
      r.onsuccess = () => resolve(r.result as Record<string, unknown> | undefined);
    });
    db.close();
    return row;
  }, id);
}

/** Ids of the features a map layer draws now (sorted, distinct); [] when the layer is not there. */
async function renderedIds(page: Page, layer: string): Promise<string[]> {
  await waitForMapIdle(page);
  return page.evaluate((id) => {
    const map = window.__steppeMap!;
    if (!map.getLayer(id)) return [];
    return [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id)))].sort();
  }, layer);
}

/** What a later app version could ship: the bundled pack one version on, with a new deposit and a renamed corridor. */
async function newerBundledPack(): Promise<{ pack: Pack; addedId: string; changedCorridor: string }> {
  const current = JSON.parse(fs.readFileSync(path.join(root, 'assets/packs/mongolia-critical-minerals.pack.json'), 'utf8')) as Pack;
  const model = current.deposits[2];
  const added = { ...model, id: 'e2e-new-deposit', name: { en: 'Upgrade Test Deposit' }, location: { ...model.location, lat: model.location.lat + 0.6 } };
  const [corridor, ...corridors] = current.corridors;
  const body = {
    ...current, signature: undefined, version: current.version + 1,
    deposits: [...current.deposits, added],
    corridors: [{ ...corridor, name: { ...corridor.name, en: `${corridor.name.en} (renamed)` } }, ...corridors],
  };
  delete body.signature;
  return { pack: await sealPack(body), addedId: added.id, changedCorridor: corridor.id };
}

/** Serves `pack` wherever the app fetches its bundled pack, as an upgraded app would ship it. */
async function shipBundledPack(page: Page, pack: Pack) {
  await page.context().route(/mongolia-critical-minerals\.pack[^/]*\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(pack) }),
  );
}

async function applyPreview(page: Page) {
  const preview = page.getByTestId('pack-preview');
  const apply = preview.getByRole('button', { name: 'Apply' });
  for (const box of ['confirm-unverified', 'confirm-version']) {
    const check = preview.getByTestId(box);
    if (await check.count()) await check.check();
  }
  await apply.click();
  await expect(page.getByTestId('sync-applied')).toBeVisible();
}

test('first run loads the bundled pack with no network, and the status bar names it', async ({ page }) => {
  const app = await openApp(page);
  // The map already shows the bundled pack while it is copied in: the progress card blocks nothing (no modal,
  // nothing inert, focus left where it was).
  const whileLoading = await page.waitForFunction(
    () => {
      const card = document.querySelector('[data-testid="sync-busy"]');
      if (!card) return false;
      return {
        progress: !!card.querySelector('[data-testid="sync-progress"]'),
        modal: !!document.querySelector('dialog[open]'),
        inert: !!document.querySelector('main')?.closest('[inert]'),
        focusInCard: card.contains(document.activeElement),
      };
    },
    null,
    { polling: 10, timeout: 60_000 },
  );
  expect(await whileLoading.jsonValue()).toEqual({ progress: true, modal: false, inert: false, focusInCard: false });
  await waitForBundledPack(page);
  await expect(page.getByTestId('pack-status')).toHaveText(new RegExp(`^Offline — .*${bundled.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const digest = await databaseDigest(page);
  expect(Number(digest.deposits.split(':')[0])).toBeGreaterThan(10);
  expect(Number(digest.packHistory.split(':')[0])).toBe(1);
  // A reload does not load it again.
  await page.reload();
  await waitForBundledPack(page);
  expect((await databaseDigest(page)).packHistory).toBe(digest.packHistory);
  expect(app.foreignOrigins()).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('importing a newer pack shows the preview, applies it, and keeps a flagged note on a removed deposit', async ({ page }) => {
  await openApp(page);
  await waitForBundledPack(page);

  // small-v1 is a different pack signed by the dev key: unverified, replaces the bundled one after confirmation.
  await chooseFile(page, path.join(goodDir, 'small-v1.pack.json'));
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('pack-trust')).toHaveAttribute('data-status', 'unverified-unknown-signer');
  await expect(preview.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await expect(preview.getByTestId('pack-relation')).toHaveAttribute('data-relation', 'other-pack');
  await applyPreview(page);
  await expect(page.getByTestId('pack-status')).toContainText('Fixture: small pack v1');

  await putAnnotation(page, { id: 'note-khotgor', updatedAt: '2026-05-01T00:00:00Z', depositId: 'khotgor-ree', body: 'Ask about the REE offtake' });

  await chooseFile(page, path.join(goodDir, 'small-v2.pack.json'));
  await expect(preview.getByTestId('pack-relation')).toHaveAttribute('data-relation', 'newer');
  await expect(preview.getByTestId('diff-added-lugiin-gol')).toBeVisible();
  await expect(preview.getByTestId('diff-removed-khotgor-ree')).toBeVisible();
  const changed = preview.getByTestId('diff-changed-zuuvch-ovoo');
  await expect(changed).toContainText('status');
  await expect(changed).toContainText('development');
  await expect(changed).toContainText('construction');
  await expect(preview.getByTestId('pack-orphans')).toContainText('Annotation');
  await page.screenshot({ path: path.join(shots, 'sync-preview.png') });
  await applyPreview(page);
  await expect(page.getByTestId('pack-status')).toContainText('Fixture: small pack v2');

  const note = await getAnnotation(page, 'note-khotgor');
  expect(note?.body).toBe('Ask about the REE offtake');
  expect(note?.orphan).toMatchObject({ depositId: 'khotgor-ree', removedInPackVersion: 2 });
  expect((note?.orphan as { lastKnownPosition: number[] }).lastKnownPosition).toHaveLength(2);

  // What changed since last briefing, from the status bar.
  await page.getByTestId('open-changes').click();
  const changes = page.getByTestId('changes-panel');
  await expect(changes).toContainText('Compared with v1');
  await expect(changes.getByTestId('changes-deposits')).toContainText('1 added, 1 changed, 1 removed');
  await expect(changes).toContainText('1 of your annotations');
  await changes.getByTestId('highlight-changes').check();
  // The map rings the added and the changed deposit (and nothing else).
  await expect.poll(() => renderedIds(page, 'change-deposits'), { timeout: 30_000 }).toEqual(['lugiin-gol', 'zuuvch-ovoo']);
  await expect(changes.getByTestId('changes-legend')).toContainText('Added');
  await page.screenshot({ path: path.join(shots, 'sync-changes.png') });
  await changes.getByTestId('highlight-changes').uncheck();
  await expect.poll(() => renderedIds(page, 'change-deposits')).toEqual([]);

  // Re-importing v1 is older: it needs an explicit request.
  await chooseFile(page, path.join(goodDir, 'small-v1.pack.json'));
  await expect(preview.getByTestId('pack-relation')).toHaveAttribute('data-relation', 'older');
  await preview.getByTestId('confirm-unverified').check();
  await expect(preview.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('pack-status')).toContainText('Fixture: small pack v2');

  // Roll back to v1 from the history: the note's deposit comes back and the flag is lifted.
  await page.getByRole('button', { name: 'Pack history' }).click();
  const history = page.getByTestId('pack-history');
  await expect(history.locator('li')).toHaveCount(3);
  await history.locator('li', { hasText: 'Fixture: small pack v1' }).getByRole('button', { name: 'Roll back to this version' }).click();
  await expect(preview).toContainText('Roll back to Fixture: small pack v1');
  await applyPreview(page);
  await expect(page.getByTestId('pack-status')).toContainText('Fixture: small pack v1');
  expect((await getAnnotation(page, 'note-khotgor'))?.orphan).toBeUndefined();
  await expect(history.locator('li')).toHaveCount(4);
  await page.screenshot({ path: path.join(shots, 'sync-history.png') });
});

const BAD: Record<string, RegExp> = {
  'not-json.json': /not valid JSON/,
  'wrong-format.json': /not a Steppe Atlas data pack/,
  'wrong-format-version.json': /format version 2.*reads format version 1/,
  'tampered-checksum.json': /does not match its checksum/,
  'deeply-nested.json': /not a Steppe Atlas data pack/,
};

test('each bad pack gets a clear message and changes nothing', async ({ page }) => {
  await openApp(page);
  await waitForBundledPack(page);
  const before = await databaseDigest(page);
  const files = fs.readdirSync(badDir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
  expect(files.length).toBeGreaterThan(8);
  for (const file of files) {
    await chooseFile(page, path.join(badDir, file));
    if (file === 'bad-signature.json') {
      // Signed by the dev key, which this app does not know: it cannot check the value, so it says so.
      const preview = page.getByTestId('pack-preview');
      await expect(preview.getByTestId('pack-trust')).toHaveAttribute('data-status', 'unverified-unknown-signer');
      await expect(preview.getByTestId('pack-trust')).toContainText('Unverified');
      await expect(preview.getByRole('button', { name: 'Apply' })).toBeDisabled();
      await preview.getByRole('button', { name: 'Cancel' }).click();
      await expect(preview).toHaveCount(0);
      continue;
    }
    const dialog = page.getByTestId('sync-refused');
    await expect(dialog, file).toBeVisible();
    const message = dialog.getByTestId('sync-refusal');
    await expect(message, file).toContainText('Nothing was changed.');
    await expect(message, file).toHaveText(BAD[file] ?? /errors and cannot be used/);
    if (file === 'bad-coordinates.json') {
      await dialog.getByText('Technical details').click();
      await expect(dialog).toContainText('is not a latitude');
      await page.screenshot({ path: path.join(shots, 'sync-refused.png') });
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
  // A pack that claims the release key but carries another signature is refused as tampered.
  await chooseFile(page, path.join(root, 'test/fixtures/packs/sync/forged-release-signature.pack.json'));
  await expect(page.getByTestId('sync-refusal')).toHaveText(
    "The pack’s signature does not match its content: it may have been tampered with. Nothing was changed.",
  );
  await page.getByTestId('sync-refused').getByRole('button', { name: 'Close' }).click();
  expect(await databaseDigest(page)).toEqual(before);
  await expect(page.getByTestId('pack-status')).toContainText(`${bundled.title} v${bundled.version}`);
});

test('settings show storage, keep the author name, and a backup restores losslessly', async ({ page }) => {
  await openApp(page);
  await waitForBundledPack(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByTestId('settings-panel');
  await expect(settings.getByTestId('storage-persisted')).toHaveAttribute('data-persisted', /true|false/);
  await expect(settings.getByTestId('storage-usage')).toContainText('used of');
  await settings.getByTestId('author-name').fill('Bolormaa Erdene');
  await settings.getByTestId('author-name').press('Enter');
  await expect(settings).toContainText('Saved');
  await putAnnotation(page, { id: 'n1', updatedAt: '2026-05-01T00:00:00Z', body: '한국 — Монгол' });
  await page.screenshot({ path: path.join(shots, 'sync-settings.png') });

  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Save backup…' }).click();
  const file = path.join(test.info().outputDir, 'backup.json');
  await (await download).saveAs(file);
  const before = await databaseDigest(page);

  // Lose the note, then restore it by dropping... through the restore button.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('steppe-atlas');
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction(['annotations', 'settings'], 'readwrite');
      tx.objectStore('annotations').clear();
      tx.objectStore('settings').clear();
      tx.oncomplete = () => resolve();
    });
    db.close();
  });
  const chooser = page.waitForEvent('filechooser');
  await settings.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles(file);
  const restore = page.getByTestId('restore-preview');
  await expect(restore).toContainText('1 annotations');
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore).toHaveCount(0);
  const after = await databaseDigest(page);
  for (const table of ['annotations', 'drawings', 'drawingLayers', 'decks', 'settings']) expect(after[table], table).toBe(before[table]);
  await expect(settings.getByTestId('author-name')).toHaveValue('Bolormaa Erdene');
});

test('the preview and refusals read in Korean and Mongolian', async ({ page }) => {
  await openApp(page);
  await waitForBundledPack(page);
  for (const [button, lang, apply] of [['한국어', 'ko', '적용'], ['Монгол', 'mn', 'Хэрэглэх']] as const) {
    await page.getByRole('button', { name: button }).click();
    await chooseFile(page, path.join(goodDir, 'small-v1.pack.json'));
    const preview = page.getByTestId('pack-preview');
    await expect(preview.getByRole('button', { name: apply })).toBeDisabled();
    await expect(preview.getByTestId('pack-trust')).not.toContainText('Unverified');
    await page.screenshot({ path: path.join(shots, `sync-preview-${lang}.png`) });
    await page.keyboard.press('Escape');
    await expect(preview).toHaveCount(0);
    await chooseFile(page, path.join(badDir, 'wrong-format.json'));
    const refusal = page.getByTestId('sync-refusal');
    await expect(refusal).toHaveAttribute('data-code', 'not-a-pack');
    await expect(refusal).not.toContainText('Nothing was changed');
    await page.screenshot({ path: path.join(shots, `sync-refused-${lang}.png`) });
    await page.keyboard.press('Escape');
    await expect(refusal).toHaveCount(0);
  }
});

test('dropping a pack file onto the window shows the drop target, then the preview', async ({ page }) => {
  await openApp(page);
  await waitForBundledPack(page);
  const text = fs.readFileSync(path.join(goodDir, 'small-v2.pack.json'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'small-v2.pack.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'sync-drop.png') });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  const preview = page.getByTestId('pack-preview');
  // Reading, verifying and diffing run in a worker: allow for a busy machine.
  await expect(preview).toContainText('Preview: Fixture: small pack v2', { timeout: 60_000 });
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('pack-status')).toContainText(`${bundled.title} v${bundled.version}`);
});

test('an app upgrade with a newer bundled pack offers it with a preview, and only until it is applied', async ({ page }) => {
  await openApp(page);
  await waitForBundledPack(page);
  const before = await databaseDigest(page);
  const { pack, addedId, changedCorridor } = await newerBundledPack();
  await shipBundledPack(page, pack);
  await page.reload();

  // Offered, not applied behind the user's back.
  const offer = page.getByTestId('bundled-offer');
  await expect(offer).toContainText(`${bundled.title} v${pack.version}`, { timeout: 60_000 });
  await expect(page.getByTestId('pack-status')).toContainText(`${bundled.title} v${bundled.version}`);
  expect(await databaseDigest(page)).toEqual(before);

  await offer.getByRole('button', { name: 'Review changes' }).click();
  await expect(offer).toHaveCount(0);
  const preview = page.getByTestId('pack-preview');
  await expect(preview.getByTestId('pack-relation')).toHaveAttribute('data-relation', 'newer', { timeout: 60_000 });
  await expect(preview.getByTestId(`diff-added-${addedId}`)).toBeVisible();
  await expect(preview.getByTestId(`diff-changed-${changedCorridor}`)).toContainText('(renamed)');
  await applyPreview(page);
  await expect(page.getByTestId('pack-status')).toContainText(`${bundled.title} v${pack.version}`);

  // What changed: the new deposit is ringed and the renamed corridor glows.
  await page.getByTestId('open-changes').click();
  await page.getByTestId('changes-panel').getByTestId('highlight-changes').check();
  await expect.poll(() => renderedIds(page, 'change-deposits'), { timeout: 30_000 }).toEqual([addedId]);
  await expect.poll(() => renderedIds(page, 'change-corridors')).toEqual([changedCorridor]);
  await page.screenshot({ path: path.join(shots, 'sync-bundled-changes.png') });

  // Once applied it is not offered again.
  await page.reload();
  await waitForMapIdle(page);
  await expect(page.getByTestId('pack-status')).toContainText(`v${pack.version}`);
  await expect(page.getByTestId('bundled-check')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(offer).toHaveCount(0);
});

test('a bundled pack the user turned down is not offered again', async ({ page }) => {
  await openApp(page);
  await waitForBundledPack(page);
  const { pack } = await newerBundledPack();
  await shipBundledPack(page, pack);
  await page.reload();
  const offer = page.getByTestId('bundled-offer');
  await expect(offer).toBeVisible({ timeout: 60_000 });
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toHaveCount(0);
  await page.reload();
  await waitForMapIdle(page);
  await expect(page.getByTestId('bundled-check')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(offer).toHaveCount(0);
  await expect(page.getByTestId('pack-status')).toContainText(`${bundled.title} v${bundled.version}`);
});

// Packaging: electron-builder --dir against a stub Electron distribution (no binary download),
// then app.asar must hold the main bundle, the preload and the renderer — and no node_modules.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { listPackage } from '@electron/asar';

test('electron-builder packs main, preload and renderer into app.asar', async () => {
  test.setTimeout(180_000);
  rmSync('release/linux-unpacked', { recursive: true, force: true });
  execFileSync(
    'npx',
    ['--no-install', 'electron-builder', '--dir', '--linux', '--publish', 'never', '-c.electronDist=test/fixtures/electron-stub'],
    { stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  const asarPath = 'release/linux-unpacked/resources/app.asar';
  expect(existsSync(asarPath)).toBe(true);
  expect(existsSync('release/linux-unpacked/steppe-atlas')).toBe(true);
  const files = listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  expect(files).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.js', '/dist/electron/preload.js', '/dist/renderer/index.html']));
  expect(files.some((f) => /^\/dist\/renderer\/assets\/maplibre-gl-worker-.*\.mjs$/.test(f))).toBe(true);
  expect(files.filter((f) => f.startsWith('/node_modules/'))).toEqual([]);
  expect(files.filter((f) => /\.(ts|tsx|map)$/.test(f) || f.includes('/test/'))).toEqual([]);
});

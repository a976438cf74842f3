// Packaging: electron-builder --dir against a stub Electron distribution (no binary download), in a
// staging copy of the project so parallel runs never share release/. Then: app.asar holds exactly
// the built main process, preload and renderer plus package.json — no tests, sources, source maps or
// node_modules — within a size budget, and the afterPack hook has flipped the fuses in the binary.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** The built app to package: a folder holding renderer/ and electron/ (default: the repository's dist/). */
const DIST = path.resolve(process.env.PACK_DIST ?? 'dist');
/**
 * app.asar is ~25.4 MB (Nov 2026): ~13.6 MB Noto Sans (KR) TTFs that PDF handouts embed glyphs from, ~4.6 MB
 * WOFF2 web fonts (no WOFF copies), ~6.5 MB JavaScript, the bundled pack once. Packed node_modules alone
 * would add ~50 MB. The budget is that plus ~15%; raise it only with a reason in the commit.
 */
const ASAR_BUDGET_BYTES = 29 * 1024 * 1024;
/** What may be in app.asar, by name (hashes vary): anything else is a packaging mistake. */
const ALLOWED = [
  /^\/package\.json$/,
  /^\/dist\/electron\/(main|preload|preload-audience)\.js$/,
  /^\/dist\/renderer\/(index|audience)\.html$/,
  /^\/dist\/renderer\/assets\/zod-jitless\.js$/,
  /^\/dist\/renderer\/assets\/[\w.-]+-[\w-]{8}\.(js|mjs|css)$/,
  /^\/dist\/renderer\/assets\/noto-sans-[\w-]+-(400|600)-normal-[\w-]{8}\.woff2$/,
  /^\/dist\/renderer\/assets\/NotoSans(KR)?_(400Regular|600SemiBold)-[\w-]{8}\.ttf$/,
  /^\/dist\/renderer\/assets\/mongolia-critical-minerals\.pack-[\w-]{8}\.json$/,
];
const ON = 0x31;
const OFF = 0x30;

function filesUnder(dir: string, prefix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
  );
}

test('electron-builder packs exactly the built app into app.asar, within budget, with fuses flipped', async () => {
  test.setTimeout(180_000);
  const stage = mkdtempSync(path.join(os.tmpdir(), 'steppe-package-'));
  try {
    for (const file of ['package.json', 'electron-builder.yml', 'electron/packaging/after-pack.cjs', 'test/fixtures/electron-stub/electron'])
      cpSync(file, path.join(stage, file));
    mkdirSync(path.join(stage, 'dist'));
    cpSync(path.join(DIST, 'renderer'), path.join(stage, 'dist/renderer'), { recursive: true });
    cpSync(path.join(DIST, 'electron'), path.join(stage, 'dist/electron'), { recursive: true });
    if (existsSync('assets/icons')) cpSync('assets/icons', path.join(stage, 'assets/icons'), { recursive: true });
    symlinkSync(path.resolve('node_modules'), path.join(stage, 'node_modules'), 'dir');

    const log = execFileSync(
      'npx',
      ['--no-install', 'electron-builder', '--dir', '--linux', '--publish', 'never', '--projectDir', stage, `-c.electronDist=${path.join(stage, 'test/fixtures/electron-stub')}`],
      { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    expect(log).toContain('Electron fuses set in steppe-atlas');

    const unpacked = path.join(stage, 'release/linux-unpacked');
    const asarPath = path.join(unpacked, 'resources/app.asar');
    expect(existsSync(path.join(unpacked, 'steppe-atlas'))).toBe(true);
    // Only app.asar is loaded (OnlyLoadAppFromAsar): no loose app folder beside it.
    expect(readdirSync(path.join(unpacked, 'resources')).filter((f) => f !== 'app.asar')).toEqual([]);

    const entries = listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    const files = entries.filter((f) => !('files' in statFile(asarPath, f.slice(1))));
    const built = [...filesUnder(path.join(stage, 'dist/electron'), '/dist/electron'), ...filesUnder(path.join(stage, 'dist/renderer'), '/dist/renderer')];
    const expected = ['/package.json', ...built.filter((f) => !f.endsWith('.map') && !f.startsWith('/dist/renderer/bench/'))].sort();
    expect(files.sort()).toEqual(expected);
    expect(files.filter((f) => !ALLOWED.some((re) => re.test(f))), 'files no rule allows').toEqual([]);
    // Each asset once: web fonts only as WOFF2, the bundled pack only as its JSON file.
    expect(files.filter((f) => f.endsWith('.woff'))).toEqual([]);
    const packCopies = files.filter((f) => f.includes('mongolia-critical-minerals.pack') && (statFile(asarPath, f.slice(1)) as { size: number }).size > 10_000);
    expect(packCopies).toEqual([expect.stringMatching(/\.pack-[\w-]{8}\.json$/)]);
    expect(files).toEqual(expect.arrayContaining(['/dist/electron/main.js', '/dist/electron/preload.js', '/dist/renderer/index.html']));
    expect(files.some((f) => /^\/dist\/renderer\/assets\/maplibre-gl-worker-.*\.mjs$/.test(f))).toBe(true);
    // Nothing that is not the product: no dependencies, sources, maps, tests, fixtures or keys.
    expect(files.filter((f) => /node_modules|\.(ts|tsx|mts|map)$|\/test\/|fixtures|\.key$|\.spec\.|\.test\./.test(f))).toEqual([]);
    // The app has no runtime dependencies (Vite bundles everything), so none can be packed.
    const packedPkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packedPkg.main).toBe('dist/electron/main.js');
    expect(Object.keys((packedPkg.dependencies as object | undefined) ?? {})).toEqual([]);

    const size = statSync(asarPath).size;
    console.log(`app.asar: ${files.length} files, ${(size / 1024 / 1024).toFixed(1)} MB (budget ${ASAR_BUDGET_BYTES / 1024 / 1024} MB)`);
    expect(size).toBeLessThan(ASAR_BUDGET_BYTES);

    const wire = (await getCurrentFuseWire(path.join(unpacked, 'steppe-atlas'))) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    // The stub in the repository is untouched: the hook flipped the copy in the package.
    expect(readFileSync('test/fixtures/electron-stub/electron', 'latin1')).toContain('\x01\x0810110001');
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
});

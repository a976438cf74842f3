#!/usr/bin/env node
// `npm test`: everything, in order — system packages, typecheck, unit tests, build, end-to-end
// and packaging tests — then one plain line "N passed, N failed" summing every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.ci-out');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'fonts-noto-core', 'fonts-noto-cjk', 'poppler-utils', 'libreoffice-impress'];
let passed = 0;
let failed = 0;
/** What failed, by name, repeated just above the summary so a truncated log still shows it. */
const failures = [];
/** Tests that failed once and passed on their retry: counted as passed, listed so nobody mistakes them for solid. */
const flaky = [];

const step = (title) => console.log(`\n=== ${title} (${new Date().toTimeString().slice(0, 8)})`);
const sh = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, ...options });

function finish() {
  if (flaky.length > 0) console.log(`\nFlaky (failed once, passed on retry):\n${flaky.map((f) => `  - ${f}`).join('\n')}`);
  if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  const line = `${passed} passed, ${failed} failed`;
  writeFileSync(path.join(out, 'summary.txt'), `${line}\n`);
  console.log(`\n${line}`);
  process.exit(failed === 0 ? 0 : 1);
}

function missingSystemPackages() {
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  const fonts = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
  if (fonts.status !== 0 || !/Noto Sans CJK/i.test(fonts.stdout)) missing.push('fonts-noto-cjk');
  if (spawnSync('which', ['pdftoppm']).status !== 0) missing.push('poppler-utils');
  // The slides end-to-end test opens exported PPTX files with LibreOffice Impress.
  if (spawnSync('which', ['soffice']).status !== 0) missing.push('libreoffice-impress');
  return missing;
}

step('system packages');
let missing = missingSystemPackages();
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`installing with apt-get: ${APT_PACKAGES.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const log = path.join(out, 'apt.log');
    const ok =
      sh('sh', ['-c', `apt-get update -qq >"${log}" 2>&1 && apt-get install -y -qq --no-install-recommends ${APT_PACKAGES.join(' ')} >>"${log}" 2>&1`], {
        env,
        stdio: ['ignore', 'inherit', 'inherit'],
      }).status === 0;
    if (!ok) console.log(readFileSync(log, 'utf8').split('\n').slice(-20).join('\n'));
    missing = missingSystemPackages();
  }
  if (missing.length > 0) {
    console.log(`Missing system packages: ${missing.join(', ')}.`);
    console.log(`Install them, then run npm test again:  sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}`);
    console.log('(On another system: install Chromium and set CHROMIUM_PATH=/path/to/chromium, plus Noto Sans CJK fonts, poppler and LibreOffice.)');
    failed += 1;
    finish();
  }
}
console.log(`chromium: ${spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout.trim()}`);

step('typecheck');
if (sh('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json']).status === 0) console.log('typecheck ok');
else {
  console.log('typecheck FAILED');
  failures.push('typecheck');
  failed += 1;
}

step('unit tests (vitest)');
const vitestJson = path.join(out, 'vitest.json');
const vitest = sh('npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
{
  const [p, f, names] = countVitest(vitestJson);
  passed += p;
  failed += vitest.status !== 0 && f === 0 ? 1 : f;
  failures.push(...names);
  if (vitest.status !== 0 && f === 0) failures.push(`vitest exited with status ${vitest.status} (an error outside a test)`);
}

step('build (renderer + Electron main)');
if (sh('npm', ['run', '--silent', 'build']).status !== 0) {
  console.log('build FAILED: end-to-end tests skipped');
  failures.push('build');
  failed += 1;
  finish();
}

step('end-to-end and packaging tests (Playwright + system Chromium)');
const pwJson = path.join(out, 'playwright.json');
const pw = sh('npx', ['--no-install', 'playwright', 'test'], { env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', PW_JSON_OUT: pwJson } });
{
  const [p, f, names] = countPlaywright(pwJson);
  passed += p;
  failed += pw.status !== 0 && f === 0 ? 1 : f;
  failures.push(...names);
  if (pw.status !== 0 && f === 0) failures.push(`playwright exited with status ${pw.status}`);
}
finish();

/** vitest JSON: failed tests plus files that failed to load (not numFailedTestSuites, which double-counts). */
function countVitest(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const names = [];
    let loadErrors = 0;
    for (const suite of r.testResults ?? []) {
      const where = path.relative(root, suite.name);
      const failedTests = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
      for (const a of failedTests) names.push(`${where} › ${a.fullName ?? a.title}`);
      if (suite.status === 'failed' && failedTests.length === 0) {
        loadErrors += 1;
        names.push(`${where} (did not load: ${String(suite.message ?? '').split('\n')[0]})`);
      }
    }
    return [r.numPassedTests, r.numFailedTests + loadErrors, names];
  } catch {
    return [0, 1, [`no vitest report at ${file}`]];
  }
}

/** Playwright JSON: unexpected tests and global errors fail; flaky ones (passed on their retry) pass but are named. */
function countPlaywright(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const names = [];
    const walk = (suite, trail) => {
      const here = suite.title ? [...trail, suite.title] : trail;
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status === 'unexpected') names.push([...here, spec.title].join(' › '));
          if (t.status === 'flaky') flaky.push([...here, spec.title].join(' › '));
        }
      }
      for (const child of suite.suites ?? []) walk(child, here);
    };
    for (const suite of r.suites ?? []) walk(suite, []);
    for (const e of r.errors ?? []) names.push(`playwright: ${String(e.message ?? '').split('\n')[0]}`);
    return [r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors ?? []).length, names];
  } catch {
    return [0, 1, [`no playwright report at ${file}`]];
  }
}

#!/usr/bin/env node
// `npm run bench [-- --only a,b --repeats N --no-build --dist DIR --port N]`: runs every benchmark in
// test/bench/benchmarks/ against the production build in system Chromium, each beside its
// baseline in the same run, then prints a table and writes results.json and RESULTS.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { evaluate, formatTable, formatMarkdown } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = flag('--only')?.split(',');
const repeats = Number(flag('--repeats') ?? 5);
const port = Number(flag('--port') ?? process.env.BENCH_PORT ?? 4499);
// --dist DIR: build into and serve from DIR (so several people can bench one checkout at once); a trial run
// like that leaves results.json and RESULTS.md alone.
const dist = flag('--dist');
const outDir = dist ? path.resolve(dist) : null;
const log = (msg) => console.log(`  ${msg}`);

function run(command, commandArgs, env = {}) {
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`bench: \`${command} ${commandArgs.join(' ')}\` failed`);
    process.exit(1);
  }
}

if (!args.includes('--no-build')) {
  console.log('bench: building the app and the baseline pages…');
  if (outDir) {
    // The generated basemap is shared by everyone in the checkout: run `npm run basemap` yourself when it changes.
    run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], { STEPPE_OUT_DIR: outDir });
  } else run('npm', ['run', '--silent', 'build']);
  run('npx', ['--no-install', 'vite', 'build', '-c', 'vite.bench.mts', '--logLevel', 'warn'], outDir ? { STEPPE_BENCH_OUT_DIR: path.join(outDir, 'bench') } : {});
}

const previewArgs = ['--no-install', 'vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', ...(outDir ? ['--outDir', outDir] : [])];
const server = spawn('npx', previewArgs, {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true, // its own process group, so stopping it also stops the vite child behind npx
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
const baseUrl = `http://127.0.0.1:${port}/`;
await waitForServer(baseUrl);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const files = readdirSync(path.join(here, 'benchmarks'))
  .filter((f) => f.endsWith('.mjs'))
  .sort();
const results = [];
try {
  for (const file of files) {
    const bench = (await import(pathToFileURL(path.join(here, 'benchmarks', file)).href)).default;
    if (only && !only.includes(bench.name)) continue;
    console.log(`\n▶ ${bench.name}: ${bench.description}`);
    const started = Date.now();
    try {
      const measured = await bench.run({ browser, baseUrl, benchUrl: `${baseUrl}bench/`, repeats, log });
      results.push(evaluate(bench, measured));
    } catch (error) {
      console.error(`  failed: ${error instanceof Error ? error.message : error}`);
      results.push(evaluate(bench, { value: NaN, baseline: null, baselineLabel: '—', notes: `error: ${error instanceof Error ? error.message : error}` }));
    }
    log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  stopServer();
}

if (outDir) {
  console.log(`\n${formatTable(results)}`);
  console.log(`\n(trial run from ${outDir}: results.json and RESULTS.md left as they were)`);
  process.exit(results.some((r) => Number.isNaN(r.value)) ? 1 : 0);
}

const meta = { date: new Date().toISOString(), repeats, node: process.version, cpus: (await import('node:os')).cpus().length };
for (const r of results) r.measuredAt = meta.date;
// With --only, the other benchmarks keep their last measured rows (each row says when it was measured).
if (only) {
  const previous = existsSync(path.join(here, 'results.json')) ? JSON.parse(readFileSync(path.join(here, 'results.json'), 'utf8')).results ?? [] : [];
  for (const old of previous) if (!results.some((r) => r.name === old.name)) results.push(old);
  results.sort((a, b) => a.name.localeCompare(b.name));
}
writeFileSync(path.join(here, 'results.json'), `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
writeFileSync(path.join(here, 'RESULTS.md'), formatMarkdown(meta, results));
console.log(`\n${formatTable(results)}`);
console.log('\nWrote test/bench/results.json and test/bench/RESULTS.md');

async function waitForServer(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.error(`bench: the preview server did not start on port ${port} (is it in use? try --port N)`);
  stopServer();
  process.exit(1);
}

#!/usr/bin/env node
// `npm start`: opens the Electron window when an Electron binary is installed; otherwise
// builds the renderer and serves it as a web page on 127.0.0.1, saying why.
// `npm run preview`: serves an existing build. Problems get one line of advice, not a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const distIndex = path.join(root, 'dist', 'renderer', 'index.html');
const say = (line) => console.log(`steppe-atlas: ${line}`);
const fail = (line) => {
  console.error(`steppe-atlas: ${line}`);
  process.exit(1);
};

/** The Electron executable if it has been downloaded, else null (never triggers a download). */
function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json', { paths: [root] }));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function build() {
  say('building the app…');
  if (!run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'])) fail('the renderer build failed (see above).');
  if (!run('npx', ['--no-install', 'vite', 'build', '-c', 'vite.electron.mts', '--logLevel', 'warn'])) fail('the Electron build failed (see above).');
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, '127.0.0.1');
  });
}

async function choosePort(requested) {
  if (requested) {
    if (!(await portIsFree(requested))) fail(`port ${requested} is already in use: choose another, e.g. PORT=${requested + 1} npm start`);
    return requested;
  }
  for (let port = 4173; port < 4193; port++) if (await portIsFree(port)) return port;
  fail('ports 4173–4192 are all in use: set a free one with PORT=N npm start');
}

function requestedPort(args) {
  const i = args.indexOf('--port');
  const raw = i >= 0 ? args[i + 1] : process.env.PORT;
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`"${raw}" is not a port number (1–65535).`);
  return port;
}

async function serve(args) {
  if (!existsSync(distIndex)) fail('there is no build in dist/renderer yet: run `npm run build` first (or `npm start`, which builds).');
  const port = await choosePort(requestedPort(args));
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn('npx', ['--no-install', 'vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  say(`Steppe Atlas is running at ${url}  (Ctrl+C to stop)`);
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const [mode = 'start', ...args] = process.argv.slice(2);
if (mode === 'preview') {
  await serve(args);
} else {
  build();
  const electron = electronBinary();
  if (electron && !process.env.STEPPE_WEB) {
    say('opening the desktop window…');
    const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    say(
      electron
        ? 'STEPPE_WEB is set: serving the app as a web page instead of opening Electron.'
        : 'no Electron binary is installed on this machine (its download is blocked or skipped), so the app is served as a web page instead. Open the address below in Chromium, Chrome, Edge or Firefox.',
    );
    await serve(args);
  }
}

// `npm run preview` / `npm start` (foundation checklist): a problem gets one line of advice and a non-zero
// exit, never a stack trace — a missing build, a port in use, a port that is not a number.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
// Unit tests run before the build in CI and after it on a developer's machine: with no build the first
// advice is always "build first"; with one, the port problems are reached.
const built = existsSync(path.join(root, 'dist/renderer/index.html'));

function preview(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'electron/launch.mjs'), 'preview', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  const lines = r.stderr.split('\n').filter(Boolean);
  return { status: r.status, lines, stdout: r.stdout };
}

describe('npm run preview advice', () => {
  let busy: Server;
  let busyPort = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('a port already in use: one line naming the port and a free one to try', () => {
    const r = preview('--port', String(busyPort));
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).not.toMatch(/\bat \S+:\d+/); // no stack trace
    if (built) expect(r.lines[0]).toBe(`steppe-atlas: port ${busyPort} is already in use: choose another, e.g. PORT=${busyPort + 1} npm start`);
    else expect(r.lines[0]).toMatch(/^steppe-atlas: there is no build in dist\/renderer yet: run `npm run build` first/);
  });

  it('a port that is not a number: one line saying what a port is', () => {
    const r = preview('--port', 'http');
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(built ? /^steppe-atlas: "http" is not a port number \(1–65535\)\.$/ : /^steppe-atlas: there is no build/);
  });
});

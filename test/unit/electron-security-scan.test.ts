// Electronegativity (Doyensec's Electron security scanner) over what ships: the main process,
// the preload, the built index.html with its CSP, and package.json. Fails on any finding that is
// not justified in test/security/electronegativity-justified.json, and on stale justifications.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { secureWebPreferences } from '../../electron/security';

const require = createRequire(import.meta.url);
type Finding = { id: string; file: string; line: number; severity: string; confidence: string; sample: string };
type ScanResult = { checksRun: number; parseErrors: string[]; findings: Finding[] };
const { scan } = require('../security/electronegativity.cjs') as { scan: (dir: string, o?: { electronVersion?: string }) => Promise<ScanResult> };

const Justified = z.object({
  excludedChecks: z.array(z.object({ id: z.string(), why: z.string().min(40) })),
  accepted: z.array(
    z.object({ id: z.string(), file: z.string().optional(), when: z.literal('window-built-from-secureWebPreferences').optional(), why: z.string().min(40) }),
  ),
});
const justified = Justified.parse(JSON.parse(readFileSync('test/security/electronegativity-justified.json', 'utf8')));
const ELECTRON_VERSION = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;

/** index.html as the production build writes it: the CSP meta tag prepended to <head> (see vite.config.mts). */
function builtIndexHtml(): string {
  const csp = (JSON.parse(readFileSync('shared/csp.json', 'utf8')) as { directives: string[] }).directives.join('; ');
  return readFileSync('renderer/index.html', 'utf8').replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`);
}

/** Copies the shipped main-process sources (not tests) into `dir`. */
function stageShippedSources(dir: string): string[] {
  const staged: string[] = [];
  const walk = (from: string) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const src = path.join(from, entry.name);
      if (entry.isDirectory()) walk(src);
      else if (/\.(ts|mts|mjs|cjs|js)$/.test(entry.name) && !/\.test\.[cm]?[jt]s$/.test(entry.name)) {
        const rel = path.relative('electron', src);
        mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
        cpSync(src, path.join(dir, rel));
        staged.push(rel.split(path.sep).join('/'));
      }
    }
  };
  walk('electron');
  writeFileSync(path.join(dir, 'index.html'), builtIndexHtml());
  cpSync('package.json', path.join(dir, 'package.json'));
  return staged;
}

/**
 * True when the `new BrowserWindow({` on `line` of electron/`file` takes its webPreferences from
 * secureWebPreferences() — inline, or through a variable assigned from it in the lines before — and
 * sets none of the security keys itself.
 */
function windowUsesSecurePreferences(file: string, line: number, root = 'electron'): boolean {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const start = line - 1;
  if (!/new BrowserWindow\(\{/.test(lines[start] ?? '')) return false;
  const end = lines.findIndex((l, i) => i > start && /^\s*\}\);/.test(l));
  const options = lines.slice(start, end + 1).join('\n');
  if (end < 0 || /contextIsolation|sandbox|nodeIntegration|webSecurity|disableBlinkFeatures/.test(options)) return false;
  if (/webPreferences:\s*secureWebPreferences\(/.test(options)) return true;
  const name = /webPreferences(?::\s*([A-Za-z_$][\w$]*))?\s*,?\s*$/m.exec(options)?.[1] ?? 'webPreferences';
  const before = lines.slice(Math.max(0, start - 30), start).join('\n');
  return new RegExp(`\\b${name}\\b[^\\n]*=\\s*secureWebPreferences\\(`).test(before);
}

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'steppe-scan-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('Electronegativity scan of the shipped Electron code', () => {
  it('finds nothing that is not justified, and every justification still matches a finding', async () => {
    const dir = path.join(workDir, 'app');
    const staged = stageShippedSources(dir);
    expect(staged).toEqual(expect.arrayContaining(['main.ts', 'preload.ts', 'ipc.ts', 'security.ts']));
    const result = await scan(dir, { electronVersion: ELECTRON_VERSION });
    console.log(`electronegativity: ${result.checksRun} checks over ${staged.length + 2} files, ${result.findings.length} findings`);
    for (const f of result.findings) console.log(`  ${f.id} ${f.file}:${f.line} ${f.severity}/${f.confidence}`);

    expect(result.parseErrors).toEqual([]);
    expect(result.checksRun).toBeGreaterThan(30);
    const matches = (j: (typeof justified.accepted)[number], f: Finding) =>
      j.id === f.id && (j.file !== undefined ? j.file === f.file : j.when !== undefined && windowUsesSecurePreferences(f.file, f.line));
    const isJustified = (f: Finding) => justified.accepted.some((j) => matches(j, f));
    expect(result.findings.filter((f) => !isJustified(f)).map((f) => `${f.id} ${f.file}:${f.line} ${f.sample}`)).toEqual([]);
    const stale = justified.accepted.filter((j) => !result.findings.some((f) => matches(j, f)));
    expect(stale.map((j) => `${j.id} ${j.file ?? j.when}`)).toEqual([]);
  });

  it('reports real problems: an insecure window, a remote load, a weak CSP, no navigation or permission guard', async () => {
    const dir = path.join(workDir, 'insecure');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });',
        "win.loadURL('http://example.com/');",
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-eval'"></head></html>`);
    const ids = new Set((await scan(dir, { electronVersion: ELECTRON_VERSION })).findings.map((f) => f.id));
    const expected = [
      'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK', 'CSP_GLOBAL_CHECK',
      // The real app passes these two because main.ts pins navigation and denies permissions.
      'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ];
    for (const id of expected)
      expect(ids, id).toContain(id);
  });

  it('the findings justified as false positives really are: every window is built from the secure preferences', () => {
    const windows: string[] = [];
    for (const file of stageShippedSources(path.join(workDir, 'windows')).filter((f) => f.endsWith('.ts'))) {
      readFileSync(path.join('electron', file), 'utf8').split('\n').forEach((text, i) => {
        if (/new BrowserWindow\(\{/.test(text)) windows.push(`${file}:${i + 1}`);
      });
    }
    expect(windows.length).toBeGreaterThan(0);
    expect(windows.filter((w) => !windowUsesSecurePreferences(w.split(':')[0], Number(w.split(':')[1])))).toEqual([]);
    expect(secureWebPreferences('/p/preload.js')).toMatchObject({ contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' });
  });

  it('the window check itself notices a window that turns a protection off', () => {
    writeFileSync(path.join(workDir, 'weak.ts'), "const w = new BrowserWindow({\n  webPreferences: { ...secureWebPreferences(p), sandbox: false },\n});\n");
    writeFileSync(path.join(workDir, 'ok.ts'), "const { preload: _p, ...prefs } = secureWebPreferences('');\nconst w = new BrowserWindow({\n  show: false,\n  webPreferences: prefs,\n});\n");
    expect(windowUsesSecurePreferences('weak.ts', 1, workDir)).toBe(false);
    expect(windowUsesSecurePreferences('ok.ts', 2, workDir)).toBe(true);
  });
});

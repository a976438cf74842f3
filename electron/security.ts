// Pure security rules for the main process, kept free of `electron` so they are easy to test.
import * as path from 'node:path';
import csp from '../shared/csp.json';

export const APP_SCHEME = 'app';
export const APP_HOST = 'steppe-atlas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The Content-Security-Policy the renderer runs under (the same text is put into index.html at build). */
export const CONTENT_SECURITY_POLICY = csp.directives.join('; ');

export const secureWebPreferences = (preloadPath: string) =>
  ({
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // Middle-click (auxclick) could open links in new windows; windows are denied anyway (Electronegativity AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
  }) as const;

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL tries to leave it
 * (`app://steppe-atlas/../../etc/passwd`, encoded dots, absolute paths, another host).
 */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  // Refuse traversal in the raw text too (decoded), although URL parsing folds `..` and `%2e%2e`.
  const TRAVERSAL = /(^|[\\/])\.\.([\\/]|$)/;
  let rawPath: string;
  let pathname: string;
  try {
    rawPath = decodeURIComponent(requestUrl.slice(APP_ORIGIN.length));
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (TRAVERSAL.test(rawPath) || TRAVERSAL.test(pathname) || pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, relative);
  if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return null;
  return file;
}

/** Requests the renderer may make: its own app:// files and in-memory data. Everything else is blocked. */
export function isAllowedRequest(url: string, devServerOrigin?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN) return true;
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:')) return true;
  if (devServerOrigin && (url === devServerOrigin || url.startsWith(`${devServerOrigin}/`))) return true;
  return false;
}

/** Top-level navigation is only ever to the app's own pages. */
export function isAllowedNavigation(url: string, devServerOrigin?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return !!devServerOrigin && url.startsWith(`${devServerOrigin}/`);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
};
export const mimeFor = (file: string) => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

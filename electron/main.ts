// Electron main process: one hardened window loading the renderer from app://.
import { app, BrowserWindow, Menu, net, protocol, session, shell, type WebContents } from 'electron';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpcHandlers } from './ipc';
import { buildMenu } from './menu';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequest,
  mimeFor,
  resolveAppFile,
  secureWebPreferences,
} from './security';

const devServerUrl = process.env.VITE_DEV_SERVER_URL;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
/** dist/electron/main.js → dist/renderer */
export const rendererRoot = () => path.join(__dirname, '..', 'renderer');

// Must run before `ready`: app:// behaves like https (secure, standard, fetch allowed).
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export async function serveAppRequest(request: Request, root = rendererRoot()): Promise<Response> {
  const file = resolveAppFile(request.url, root);
  if (!file) {
    console.warn(`[protocol] refused ${request.url}`);
    return new Response('Not found', { status: 404 });
  }
  try {
    const upstream = await net.fetch(pathToFileURL(file).toString());
    const body = await upstream.arrayBuffer();
    return new Response(body, {
      status: upstream.status,
      headers: { 'Content-Type': mimeFor(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Denies permissions, blocks every request that is not the app's own, and pins navigation. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => {
    console.warn(`[security] denied permission ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerOrigin);
    if (!allowed) console.warn(`[security] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerOrigin)) {
      console.warn(`[security] blocked navigation to ${url}`);
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Windows are only ever created by the main process itself (createMainWindow, audience window).
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] blocked window.open(${url})`);
    return { action: 'deny' };
  });
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Steppe Atlas',
    backgroundColor: '#f4f1ea',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

export function start(): void {
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request));
    hardenSession();
    registerIpcHandlers(devServerOrigin);
    Menu.setApplicationMenu(buildMenu((command) => BrowserWindow.getFocusedWindow()?.webContents.send('menu:command', { command }), shell));
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

if (!process.env.VITEST) start();

// The main process under a mocked `electron` module (no Electron binary is ever loaded).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: any[]) => any;

const h = vi.hoisted(() => {
  const windows: any[] = [];
  const appListeners: Record<string, Listener> = {};
  const ipcHandlers: Record<string, Listener> = {};
  const BrowserWindow: any = vi.fn(function (this: any, opts: any) {
    this.opts = opts;
    this.webContents = { id: windows.length + 1, send: vi.fn() };
    this.loadURL = vi.fn(async () => {});
    this.once = vi.fn();
    this.show = vi.fn();
    windows.push(this);
  });
  BrowserWindow.getAllWindows = vi.fn(() => windows);
  BrowserWindow.getFocusedWindow = vi.fn(() => windows[0] ?? null);
  BrowserWindow.fromWebContents = vi.fn((wc: any) => windows.find((w) => w.webContents === wc) ?? null);
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  const electron = {
    app: {
      whenReady: vi.fn(() => Promise.resolve()),
      on: vi.fn((name: string, fn: Listener) => (appListeners[name] = fn)),
      quit: vi.fn(),
      getName: () => 'Steppe Atlas',
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    net: { fetch: vi.fn(async () => new Response('<html></html>', { status: 200 })) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session,
    shell: {},
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string, fn: Listener) => (ipcHandlers[channel] = fn)) },
  };
  return { windows, appListeners, ipcHandlers, electron };
});

vi.mock('electron', () => ({ ...h.electron, default: h.electron }));

import { createMainWindow, serveAppRequest, start } from './main';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Electron main process', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  beforeAll(async () => {
    start();
    await flush();
  });

  it('opens one hardened window that loads the renderer from app://', () => {
    const win = h.windows[0];
    expect(win.opts.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(win.opts.webPreferences.preload).toMatch(/preload\.js$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://steppe-atlas/index.html');
  });

  it('registers app:// as a privileged scheme and serves it through the guard', async () => {
    expect(h.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(h.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const ok = await serveAppRequest(new Request('app://steppe-atlas/index.html'), '/opt/app/dist/renderer');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    const refused = await serveAppRequest(new Request('app://steppe-atlas/..%2f..%2fetc/passwd'), '/opt/app/dist/renderer');
    expect(refused.status).toBe(404);
  });

  it('denies every permission request', () => {
    const handler = h.electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0][0];
    const callback = vi.fn();
    handler({}, 'geolocation', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = h.electron.session.defaultSession.setPermissionCheckHandler.mock.calls[0][0];
    expect(check()).toBe(false);
  });

  it('blocks and logs every request to a non-app origin', () => {
    const filter = h.electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls[0][0];
    const callback = vi.fn();
    filter({ url: 'https://tiles.example.com/0/0/0.png' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: true });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('blocked request to https://tiles.example.com'));
    filter({ url: 'app://steppe-atlas/assets/index.js' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: false });
  });

  it('denies navigation away from the app and any window.open', () => {
    const listeners: Record<string, Listener> = {};
    let openHandler: Listener = () => undefined;
    const contents = { on: vi.fn((n: string, fn: Listener) => (listeners[n] = fn)), setWindowOpenHandler: vi.fn((fn: Listener) => (openHandler = fn)) };
    h.appListeners['web-contents-created']({}, contents);
    const away = { preventDefault: vi.fn() };
    listeners['will-navigate'](away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    listeners['will-navigate'](inside, 'app://steppe-atlas/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    listeners['will-attach-webview'](webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  describe('IPC', () => {
    const trusted = () => ({ sender: h.windows[0].webContents, senderFrame: { url: 'app://steppe-atlas/index.html', parent: null } });

    it('answers a trusted sender', async () => {
      await expect(h.ipcHandlers['app:get-info'](trusted(), undefined)).resolves.toMatchObject({ name: 'Steppe Atlas', shell: 'electron' });
    });

    it('rejects a sender from another origin, a sub-frame or an unknown window', async () => {
      const foreign = { sender: h.windows[0].webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
      await expect(h.ipcHandlers['app:get-info'](foreign, undefined)).rejects.toThrow(/did not come from Steppe Atlas/);
      const subframe = { sender: h.windows[0].webContents, senderFrame: { url: 'app://steppe-atlas/x.html', parent: {} } };
      await expect(h.ipcHandlers['app:get-info'](subframe, undefined)).rejects.toThrow(/did not come from Steppe Atlas/);
      const stranger = { sender: { id: 99 }, senderFrame: { url: 'app://steppe-atlas/index.html', parent: null } };
      await expect(h.ipcHandlers['app:get-info'](stranger, undefined)).rejects.toThrow(/did not come from Steppe Atlas/);
    });

    it('rejects a malformed payload before doing anything', async () => {
      await expect(h.ipcHandlers['file:save'](trusted(), { suggestedName: '', data: 42 })).rejects.toThrow(/invalid request/);
      await expect(h.ipcHandlers['file:open'](trusted(), { filters: [{ name: 'x', extensions: ['../../sh'] }] })).rejects.toThrow(/invalid request/);
      expect(h.electron.dialog.showSaveDialog).not.toHaveBeenCalled();
      expect(h.electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    });
  });

  it('creates further windows with the same hardening', () => {
    const win = createMainWindow();
    expect(win).toBe(h.windows.at(-1));
    expect(h.windows.at(-1).opts.webPreferences.sandbox).toBe(true);
  });
});

// The audience window under a mocked `electron`: external display when there is one, and a preload that offers
// only "ready", "exploring" and "on slide".
import { beforeEach, describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => {
  const windows: any[] = [];
  const BrowserWindow: any = vi.fn(function (this: any, opts: any) {
    this.opts = opts;
    this.loadURL = vi.fn(async () => {});
    this.once = vi.fn();
    this.on = vi.fn();
    this.show = vi.fn();
    this.close = vi.fn();
    this.isDestroyed = () => false;
    this.isFullScreen = () => !!opts.fullscreen;
    this.setMenuBarVisibility = vi.fn();
    windows.push(this);
  });
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
  const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
  const screen = { getAllDisplays: vi.fn(() => [laptop, projector]), getPrimaryDisplay: vi.fn(() => laptop), getDisplayMatching: vi.fn(() => laptop) };
  const exposed: Record<string, any> = {};
  const contextBridge = { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) };
  const ipcRenderer = { invoke: vi.fn(async () => {}), on: vi.fn(), removeListener: vi.fn() };
  return { windows, BrowserWindow, screen, laptop, projector, exposed, contextBridge, ipcRenderer };
});
vi.mock('electron', () => ({ BrowserWindow: h.BrowserWindow, screen: h.screen, contextBridge: h.contextBridge, ipcRenderer: h.ipcRenderer }));

import { closeAudienceWindow, openAudienceWindow, pickAudienceDisplay } from './presenter';

const presenter = { getBounds: () => ({ x: 0, y: 0, width: 1440, height: 900 }) } as any;

describe('audience window', () => {
  beforeEach(() => closeAudienceWindow());

  it('opens full screen on the projector, not on the laptop showing the console', () => {
    expect(openAudienceWindow(presenter)).toEqual({ opened: true, external: true });
    const win = h.windows.at(-1);
    expect(win.opts).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(win.loadURL).toHaveBeenCalledWith('app://steppe-atlas/audience.html');
  });

  it('gets only the audience preload and the same sandboxing', () => {
    openAudienceWindow(presenter);
    const prefs = h.windows.at(-1).opts.webPreferences;
    expect(prefs.preload).toMatch(/preload-audience\.js$/);
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('the audience preload offers ready, exploring and slides, and nothing else of the main process', async () => {
    await import('./preload-audience');
    const api = h.exposed.steppeAudience;
    expect(Object.keys(h.exposed)).toEqual(['steppeAudience']);
    expect(Object.keys(api).sort()).toEqual(['exploring', 'onPresenterMessage', 'ready']);
    await api.ready();
    await api.exploring({ exploring: true });
    expect(h.ipcRenderer.invoke.mock.calls).toEqual([['audience:ready'], ['audience:exploring', { exploring: true }]]);
    const heard: unknown[] = [];
    const off = api.onPresenterMessage((m: unknown) => heard.push(m));
    const [channel, listener] = h.ipcRenderer.on.mock.calls[0];
    expect(channel).toBe('audience:message');
    listener({}, { type: 'end' });
    expect(heard).toEqual([{ type: 'end' }]);
    off();
    expect(h.ipcRenderer.removeListener).toHaveBeenCalledWith('audience:message', listener);
  });

  it('falls back to a window on the only display', () => {
    const only = pickAudienceDisplay([h.laptop as any], 1, h.laptop as any);
    expect(only).toEqual({ display: h.laptop, external: false });
    h.screen.getAllDisplays.mockReturnValueOnce([h.laptop]);
    expect(openAudienceWindow(presenter)).toEqual({ opened: true, external: false });
    expect(h.windows.at(-1).opts.fullscreen).toBe(false);
  });

  it('brings the open window forward instead of opening a second one', () => {
    openAudienceWindow(presenter);
    const count = h.windows.length;
    openAudienceWindow(presenter);
    expect(h.windows.length).toBe(count);
    expect(h.windows.at(-1).show).toHaveBeenCalled();
  });
});

// The audience window under a mocked `electron`: external display when there is one, no preload, no notes channel.
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
  return { windows, BrowserWindow, screen, laptop, projector };
});
vi.mock('electron', () => ({ BrowserWindow: h.BrowserWindow, screen: h.screen }));

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

  it('gets no preload (it can call nothing in the main process) and the same sandboxing', () => {
    openAudienceWindow(presenter);
    const prefs = h.windows.at(-1).opts.webPreferences;
    expect(prefs.preload).toBeUndefined();
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
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

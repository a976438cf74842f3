// The audience window: full screen on an external display when there is one, showing only
// audience.html. Its own preload offers only "ready", "exploring" and "on slide" (see presenter-link.ts).
import { BrowserWindow, screen, type Display, type WebContents } from 'electron';
import * as path from 'node:path';
import type { AudienceWindowResult } from '../shared/ipc';
import { APP_ORIGIN, secureWebPreferences } from './security';

let audience: BrowserWindow | null = null;

/** The display to present on: one that is not showing the presenter's window, else the primary. */
export function pickAudienceDisplay(displays: readonly Display[], presenterDisplayId: number | undefined, primary: Display): { display: Display; external: boolean } {
  const external = displays.find((d) => d.id !== presenterDisplayId);
  return external ? { display: external, external: true } : { display: primary, external: false };
}

export function openAudienceWindow(presenter: BrowserWindow | null, devServerUrl?: string): AudienceWindowResult {
  if (audience && !audience.isDestroyed()) {
    audience.show();
    return { opened: true, external: audience.isFullScreen() };
  }
  const presenterDisplay = presenter ? screen.getDisplayMatching(presenter.getBounds()) : undefined;
  const { display, external } = pickAudienceDisplay(screen.getAllDisplays(), presenterDisplay?.id, screen.getPrimaryDisplay());
  const { x, y, width, height } = display.bounds;
  const webPreferences = secureWebPreferences(path.join(__dirname, 'preload-audience.js'));
  audience = new BrowserWindow({
    x: external ? x : x + 40,
    y: external ? y : y + 40,
    width: external ? width : Math.min(1280, width - 80),
    height: external ? height : Math.min(800, height - 80),
    fullscreen: external,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    title: 'Steppe Atlas — audience',
    show: false,
    webPreferences,
  });
  audience.setMenuBarVisibility(false);
  audience.once('ready-to-show', () => audience?.show());
  audience.on('closed', () => (audience = null));
  void audience.loadURL(devServerUrl ? new URL('audience.html', devServerUrl).toString() : `${APP_ORIGIN}/audience.html`);
  return { opened: true, external };
}

/** The audience page's web contents while its window is open (the link sends slides there). */
export function audienceContents(): WebContents | null {
  return audience && !audience.isDestroyed() && !audience.webContents.isDestroyed() ? audience.webContents : null;
}

export function closeAudienceWindow(): void {
  if (audience && !audience.isDestroyed()) audience.close();
  audience = null;
}

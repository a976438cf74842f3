// The platform the renderer talks to: Electron's preload API when present, else the browser's.
import type { SteppeApi } from '../../shared/ipc';
import { createBrowserPlatform } from './browser';

declare global {
  interface Window {
    steppe?: SteppeApi;
  }
}

let current: SteppeApi | undefined;

export function platform(): SteppeApi {
  current ??= window.steppe ?? createBrowserPlatform();
  return current;
}

export { readChosenFile, FileTooLargeError } from './browser';

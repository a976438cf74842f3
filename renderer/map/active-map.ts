// The main window's live map controller, for features that capture or restore its view (slides, exports).
import type { MapController } from './MapController';

let active: MapController | null = null;
const listeners = new Set<(controller: MapController | null) => void>();

export function setActiveMapController(controller: MapController | null): void {
  active = controller;
  listeners.forEach((l) => l(controller));
}

export function activeMapController(): MapController | null {
  return active;
}

/** Calls back whenever the live map is created or destroyed; returns an unsubscribe function. */
export function onActiveMapController(listener: (controller: MapController | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// "Add slide from current view" and "Play slide": between slides and the live map.
import { db } from '../../db';
import { activeMapController } from '../../map/active-map';
import type { MapController } from '../../map/MapController';
import { useAppStore } from '../../store';
import { loadCitedSources } from './footnotes';
import type { MapViewState, Slide } from './model';

export class NoMapError extends Error {
  constructor() {
    super('The map is not ready yet.');
    this.name = 'NoMapError';
  }
}

function liveMap(): MapController {
  const controller = activeMapController();
  if (!controller) throw new NoMapError();
  return controller;
}

/** Downscales a captured map picture to a thumbnail, offline, on a canvas. */
export async function makeThumbnail(dataUrl: string, width = 640, height = 400): Promise<string> {
  const img = new Image();
  img.src = dataUrl;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  // Cover: crop the picture to the thumbnail's shape around its centre.
  const scale = Math.max(width / img.width, height / img.height);
  const w = img.width * scale;
  const h = img.height * scale;
  ctx.drawImage(img, (width - w) / 2, (height - h) / 2, w, h);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/** The current view of the live map, with its thumbnail and the footnotes its highlighted features cite. */
export async function captureCurrentView(): Promise<Pick<Slide, 'view' | 'thumbnail' | 'sources'>> {
  const controller = liveMap();
  const view: MapViewState = { ...controller.captureView(), theme: useAppStore.getState().theme };
  const [image, sources] = await Promise.all([controller.captureImage('image/jpeg', 0.85), loadCitedSources(db, view.highlighted)]);
  return { view, thumbnail: await makeThumbnail(image), sources };
}

/** Animates the live map to a slide's view (a jump when the user prefers reduced motion) and applies its layers. */
export async function playSlide(slide: Pick<Slide, 'view'>, options?: { animate?: boolean }): Promise<void> {
  if (!slide.view) return;
  useAppStore.getState().setTheme(slide.view.theme);
  await liveMap().showView(slide.view, options);
}

// Export jobs end to end: draw the maps, build the file, save it — with progress and cancel.
// Nothing is saved unless the whole file was built; Electron's save writes atomically.
import i18next from 'i18next';
import type { SaveResult } from '../../../shared/ipc';
import { currentPack, db } from '../../db';
import { activeMapController } from '../../map/active-map';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import type { Deck } from '../slides';
import { printQueue } from './background';
import { dataUrlBytes } from './bytes';
import { fileNameFor, nextFrame, throwIfAborted, type JobContext } from './job';
import { PRINT_SNAPSHOT } from './layout';
import type { PackLabel, SlideImage, Translate } from './pdf';
import { loadPicture, packChecksum, slidePictureKey, storePicture } from './picture-store';
import { composePng } from './png';
import { drawPrintPicture } from './print-painter';
import { MapSnapshotter, type SnapshotSize } from './snapshot';

export type ExportFormat = 'pdf' | 'pptx' | 'png';

const FILTERS = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  pptx: [{ name: 'PowerPoint', extensions: ['pptx'] }],
  png: [{ name: 'PNG image', extensions: ['png'] }],
} as const;

async function packLabel(): Promise<PackLabel | null> {
  const pack = await currentPack(db).catch(() => undefined);
  return pack ? { title: pack.title, version: pack.version, publisher: pack.publisher } : null;
}

const translator = (language: string): Translate => i18next.getFixedT(language, 'export') as unknown as Translate;

/**
 * The print pictures of every slide: charts drawn at 3×, maps taken from the kept pictures (drawn in the background
 * or by an earlier export) and only the missing ones drawn, with progress slide by slide. `fresh` draws every map
 * and keeps none (the benchmark's baseline).
 */
export async function renderSlideImages(deck: Deck, job: JobContext, share = 0.8, { fresh = false } = {}): Promise<Map<string, SlideImage>> {
  const mapSlides = deck.slides.filter((s) => s.kind === 'map' && s.view);
  const images = new Map<string, SlideImage>();
  // Chart slides print as pictures of the chart at 3× (sharp at print size), drawn by the indicators feature.
  const chartSlides = deck.slides.filter((s) => s.kind === 'chart' && s.chart);
  if (chartSlides.length > 0) {
    const { chartImage, PRINT_COLOURS } = await import('../indicators');
    for (const slide of chartSlides) {
      throwIfAborted(job.signal);
      const picture = await chartImage(slide.chart!, PRINT_COLOURS, { width: PRINT_SNAPSHOT.width, lang: deck.language, scale: 3 });
      images.set(slide.id, { data: dataUrlBytes(picture.dataUrl), width: picture.width, height: picture.height, cssWidth: picture.cssWidth, format: 'PNG' });
    }
  }
  if (mapSlides.length === 0) return images;
  // The export draws what is missing itself: the background drawing waits meanwhile.
  printQueue.pause('export');
  try {
    const pack = await packChecksum();
    const keys = await Promise.all(mapSlides.map((s) => slidePictureKey(s.view!, pack)));
    const kept = fresh ? [] : await Promise.all(keys.map(loadPicture));
    const missing = mapSlides.flatMap((slide, i) => {
      if (kept[i]) images.set(slide.id, kept[i]);
      return kept[i] ? [] : [i];
    });
    // Two at a time: the next slide's map draws while this one's picture is encoded.
    const draw = (n: number) => {
      const picture = n < missing.length ? drawPrintPicture(mapSlides[missing[n]].view!, job.signal) : null;
      picture?.catch(() => undefined); // awaited in its turn; a cancelled export leaves no stray rejection
      return picture;
    };
    let next = draw(0);
    for (const [n, i] of missing.entries()) {
      throwIfAborted(job.signal);
      job.onProgress?.({ fraction: (share * n) / missing.length, step: 'map', n: n + 1, count: missing.length });
      const picture = next!;
      next = draw(n + 1);
      const image = await picture;
      images.set(mapSlides[i].id, image);
      if (!fresh) {
        await storePicture(keys[i], pack, image);
        printQueue.markReady(keys[i]);
      }
      // Let the progress bar paint and a Cancel click land between slides.
      await nextFrame();
    }
  } finally {
    printQueue.resume('export');
  }
  return images;
}

async function save(format: ExportFormat, name: string, data: Uint8Array<ArrayBuffer>, job: JobContext): Promise<SaveResult> {
  throwIfAborted(job.signal);
  job.onProgress?.({ fraction: 0.97, step: 'saving' });
  const result = await platform().saveFile({ suggestedName: name, filters: FILTERS[format].map((f) => ({ ...f, extensions: [...f.extensions] })), data });
  job.onProgress?.({ fraction: 1, step: 'saving' });
  return result;
}

/** Builds the handout PDF bytes (no saving): used by the dialog and the benchmark. */
export async function buildDeckPdf(deck: Deck, options: { includeNotes: boolean }, job: JobContext = {}): Promise<Uint8Array<ArrayBuffer>> {
  job.onProgress?.({ fraction: 0, step: 'preparing' });
  const images = await renderSlideImages(deck, job, 0.75);
  job.onProgress?.({ fraction: 0.8, step: 'writing' });
  await nextFrame();
  // jsPDF and the fonts load only when someone exports.
  const { buildHandoutPdf } = await import('./pdf');
  return buildHandoutPdf(
    { deck, images, pack: await packLabel(), includeNotes: options.includeNotes, t: translator(deck.language), atlasLabel: i18next.getFixedT(deck.language, 'atlas') as unknown as Translate },
    job,
  );
}

export async function buildDeckPptx(deck: Deck, job: JobContext = {}): Promise<Uint8Array<ArrayBuffer>> {
  job.onProgress?.({ fraction: 0, step: 'preparing' });
  const images = await renderSlideImages(deck, job, 0.8);
  job.onProgress?.({ fraction: 0.85, step: 'writing' });
  await nextFrame();
  const { buildPptx } = await import('./pptx');
  return buildPptx({ deck, images, pack: await packLabel(), t: translator(deck.language) }, job);
}

export async function exportDeck(deck: Deck, format: 'pdf' | 'pptx', options: { includeNotes: boolean }, job: JobContext = {}): Promise<SaveResult> {
  const bytes = format === 'pdf' ? await buildDeckPdf(deck, options, job) : await buildDeckPptx(deck, job);
  return save(format, fileNameFor(deck.title, format), bytes, job);
}

export interface PngOptions {
  width: number;
  height: number;
  title: string | null;
  legend: boolean;
  attribution: boolean;
}

export const PNG_LIMITS = { min: 64, max: 8192 } as const;

/** The live map's size in CSS pixels, for the 1× / 2× choices. */
export function liveMapSize(): { width: number; height: number } | null {
  const canvas = activeMapController()?.map.getCanvas();
  return canvas ? { width: canvas.clientWidth, height: canvas.clientHeight } : null;
}

export async function buildPng(options: PngOptions, job: JobContext = {}): Promise<Uint8Array<ArrayBuffer>> {
  const controller = activeMapController();
  const live = liveMapSize();
  if (!controller || !live) throw new Error(i18next.t('slides:mapNotReady'));
  const { width, height } = options;
  if (![width, height].every((n) => Number.isInteger(n) && n >= PNG_LIMITS.min && n <= PNG_LIMITS.max)) {
    throw new Error(i18next.t('export:tooLarge', PNG_LIMITS));
  }
  job.onProgress?.({ fraction: 0.05, step: 'map', n: 1, count: 1 });
  const pixelRatio = Math.max(1, width / live.width);
  const size: SnapshotSize = { width: width / pixelRatio, height: height / pixelRatio, pixelRatio };
  const view = { ...controller.captureView(), theme: useAppStore.getState().theme };
  const snapshotter = new MapSnapshotter(size, view);
  let map: Blob;
  // One hidden map at a time: the background drawing of print pictures waits.
  printQueue.pause('export');
  try {
    map = await (await snapshotter.capture(view, job.signal, 'image/png')).file;
  } finally {
    snapshotter.destroy();
    printQueue.resume('export');
  }
  throwIfAborted(job.signal);
  job.onProgress?.({ fraction: 0.8, step: 'writing' });
  const canvas = await composePng(map, options, pixelRatio, view);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('the picture could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}

export async function exportPng(options: PngOptions, job: JobContext = {}): Promise<SaveResult> {
  const bytes = await buildPng(options, job);
  return save('png', fileNameFor(options.title || 'steppe-atlas-map', 'png'), bytes, job);
}

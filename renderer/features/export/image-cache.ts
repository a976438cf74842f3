// Map pictures already drawn for an export, so exporting the same deck again (the PPTX after the PDF, or
// after editing a caption) does not draw its maps again. Keyed by everything the picture depends on; bounded.
import type { SlideImage } from './pdf';

const MAX_CHARS = 48_000_000; // ≈ 48 MB of data: URLs, about 80 print-size slides
const images = new Map<string, SlideImage>();
let chars = 0;

const dataIds = new WeakMap<object, number>();
let nextDataId = 1;
/** A number that changes whenever the live map gets new pack data (a new object). */
export function dataVersion(data: object | undefined): number {
  if (!data) return 0;
  let id = dataIds.get(data);
  if (id === undefined) dataIds.set(data, (id = nextDataId++));
  return id;
}

export function cachedImage(key: string): SlideImage | undefined {
  const image = images.get(key);
  if (image) {
    // Most recently used last, so the oldest goes first when full.
    images.delete(key);
    images.set(key, image);
  }
  return image;
}

export function rememberImage(key: string, image: SlideImage): void {
  if (images.has(key)) return;
  images.set(key, image);
  chars += image.dataUrl.length;
  for (const [oldKey, old] of images) {
    if (chars <= MAX_CHARS) break;
    images.delete(oldKey);
    chars -= old.dataUrl.length;
  }
}

/** Drops every remembered picture (benchmarks measure exports that draw all their maps). */
export function forgetMapImages(): void {
  images.clear();
  chars = 0;
}

export const rememberedImageCount = () => images.size;

// Print-size map pictures kept in the local database (table printPictures), so an export finds the maps
// the background drawing (print-queue.ts) or an earlier export already drew — also after a restart.
// A picture is found by a hash of everything it shows, never by object identity; bounded in number.
import { currentPack, db, type PrintPictureRecord } from '../../db';
import { activeMapController } from '../../map/active-map';
import type { MapViewState } from '../../map/view-state';
import { slideDrawingsStamp } from '../slides';
import { PRINT_SNAPSHOT } from './layout';
import type { SlideImage } from './pdf';

/** At 0.3–0.6 MB per print-size JPEG, about 30–60 MB; the least recently used go first. */
export const MAX_PICTURES = 100;
/** Bump when the way maps are drawn changes without an app version change, so old pictures are not reused. */
const PICTURE_FORMAT = 1;
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** What, besides the slide's own view, decides how its picture looks. */
export interface PictureContext {
  /** Checksum of the pack drawn (a pack update draws every map again). */
  pack: string;
  /** Language of the map's labels. */
  language: string;
  /** Stamp of the slide's drawings (changes when one is added, edited or removed). */
  drawings: string;
  /** "What changed" rings shown on the live map, drawn into pictures too. */
  changes: unknown;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function pictureKey(view: MapViewState, context: PictureContext): Promise<string> {
  return sha256(JSON.stringify([PICTURE_FORMAT, APP_VERSION, PRINT_SNAPSHOT, view, context.pack, context.language, context.drawings, context.changes ?? null]));
}

/**
 * The checksum of the pack the pictures are drawn from: the live map's content, which the hidden print map copies.
 * Right after an import the database already holds the new pack while the live map still shows the old one for a
 * moment; keying by the database then would keep a picture of the old data under the new pack's name.
 * Without a live map (or content without a checksum): the database's pack ('' before the first load).
 */
export async function packChecksum(): Promise<string> {
  const drawn = activeMapController()?.drawingState().data.checksum;
  if (drawn) return drawn;
  return (await currentPack(db).catch(() => undefined))?.checksum ?? '';
}

/** The key of a slide's picture as the live map would draw it now. */
export async function slidePictureKey(view: MapViewState, pack?: string): Promise<string> {
  const live = activeMapController()?.drawingState();
  return pictureKey(view, {
    pack: pack ?? (await packChecksum()),
    language: live?.overlay.language ?? '',
    drawings: await slideDrawingsStamp(view.drawingLayers),
    changes: live?.overlay.changes ?? null,
  });
}

export async function loadPicture(key: string): Promise<SlideImage | undefined> {
  const record = await db.printPictures.get(key);
  if (!record) return undefined;
  void db.printPictures.update(key, { usedAt: Date.now() });
  return { data: record.jpeg, width: record.width, height: record.height, cssWidth: record.cssWidth, format: 'JPEG' };
}

/** Which of these keys already have a picture (keys only: the pictures stay in the database). */
export async function storedKeys(keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  return new Set((await db.printPictures.where('key').anyOf([...keys]).primaryKeys()) as string[]);
}

export async function storePicture(key: string, pack: string, image: SlideImage): Promise<void> {
  const record: PrintPictureRecord = { key, pack, jpeg: image.data, width: image.width, height: image.height, cssWidth: image.cssWidth, usedAt: Date.now() };
  await db.transaction('rw', db.printPictures, async () => {
    await db.printPictures.put(record);
    // Pictures of another pack can never be used again; then the oldest go until the total fits.
    await db.printPictures.where('pack').notEqual(pack).delete();
    const excess = (await db.printPictures.count()) - MAX_PICTURES;
    // Keys only (no picture is read): the least recently used first.
    if (excess > 0) await db.printPictures.bulkDelete((await db.printPictures.orderBy('usedAt').limit(excess).primaryKeys()) as string[]);
  });
}

/** Drops every kept picture (benchmarks measure exports that draw all their maps). */
export async function forgetPictures(): Promise<void> {
  await db.printPictures.clear();
}

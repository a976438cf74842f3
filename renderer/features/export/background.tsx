// The app's background drawing of print pictures for the open deck: one queue, fed by the deck in the
// database, paused while presenting or while the live map moves, its progress put in the store for the
// slides panel and the export dialog. Mounted by the app while a deck is open; renders nothing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { currentPack, db } from '../../db';
import { activeMapController, onActiveMapController } from '../../map/active-map';
import type { MapController } from '../../map/MapController';
import { useAppStore } from '../../store';
import { useDeck, type Deck } from '../slides';
import { drawPrintPicture, releasePrintMap } from './print-painter';
import { PrintPictureQueue, type QueueSlide } from './print-queue';
import { slidePictureKey, storedKeys, storePicture, packChecksum } from './picture-store';

/** Quiet time after the user stops moving the map before drawing goes on. */
const SETTLE_MS = 800;

function idleTime(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || typeof requestIdleCallback !== 'function') return resolve();
    const id = requestIdleCallback(() => resolve(), { timeout: 3000 });
    signal.addEventListener('abort', () => (cancelIdleCallback(id), resolve()), { once: true });
  });
}

export const printQueue = new PrintPictureQueue({
  keyFor: (view) => slidePictureKey(view),
  stored: storedKeys,
  async draw(view, key, signal) {
    const pack = await packChecksum();
    const image = await drawPrintPicture(view, signal);
    if (!signal.aborted) await storePicture(key, pack, image);
  },
  idle: idleTime,
  release: () => void releasePrintMap(),
});

export const mapSlidesOf = (deck: Deck): QueueSlide[] =>
  deck.slides.filter((s) => s.kind === 'map' && s.view).map((s) => ({ slideId: s.id, view: s.view! }));

/** Changes when the pack or any drawing changes: both change what the pictures show. */
async function pictureContext(): Promise<string> {
  const [pack, drawings, last] = await Promise.all([currentPack(db), db.drawings.count(), db.drawings.orderBy('updatedAt').last()]);
  return `${pack?.checksum ?? ''}|${drawings}|${last?.updatedAt ?? ''}`;
}

export function PrintPicturesInBackground({ deckId }: { deckId: string }) {
  const deck = useDeck(deckId);
  const context = useLiveQuery(pictureContext, []);
  const labelLanguage = useAppStore((s) => s.mapLabelLanguage ?? s.language);
  const presenting = useAppStore((s) => s.presenting !== null);
  const setPrintPictures = useAppStore((s) => s.setPrintPictures);

  useEffect(() => printQueue.subscribe(setPrintPictures), [setPrintPictures]);

  useEffect(() => {
    if (!deck) return;
    // After the live map has taken the new language or data (its effects run in the same commit).
    const timer = setTimeout(() => void printQueue.setDeck(deck.id, mapSlidesOf(deck)), 0);
    return () => clearTimeout(timer);
  }, [deck, context, labelLanguage]);

  useEffect(() => () => void printQueue.setDeck(null, []), []);

  useEffect(() => {
    if (!presenting) return;
    printQueue.pause('presenting');
    return () => printQueue.resume('presenting');
  }, [presenting]);

  // Moving the live map (pan, zoom, a slide's flight) comes first: drawing waits until it has been still a moment.
  useEffect(() => {
    let resumeTimer: ReturnType<typeof setTimeout> | undefined;
    let unbind = () => {};
    const bind = (controller: MapController | null) => {
      unbind();
      if (!controller) return;
      const onStart = () => {
        clearTimeout(resumeTimer);
        printQueue.pause('moving');
      };
      const onEnd = () => {
        clearTimeout(resumeTimer);
        resumeTimer = setTimeout(() => printQueue.resume('moving'), SETTLE_MS);
      };
      controller.map.on('movestart', onStart);
      controller.map.on('moveend', onEnd);
      unbind = () => {
        controller.map.off('movestart', onStart);
        controller.map.off('moveend', onEnd);
      };
    };
    const off = onActiveMapController(bind);
    bind(activeMapController());
    return () => {
      off();
      unbind();
      clearTimeout(resumeTimer);
      printQueue.resume('moving');
    };
  }, []);

  return null;
}

// For benchmarks and end-to-end checks only: build a deck from the live map and time its exports
// without file dialogs. Nothing here is reachable from the UI.
import { bytesToBase64 } from '../../../shared/pack/base64';
import { activeMapController } from '../../map/active-map';
import { addSlide, createDeck, createSlide, loadDeck, saveDeck, type Deck } from '../slides';
import { useAppStore } from '../../store';
import { printQueue } from './background';
import { forgetPictures } from './picture-store';
import { releasePrintMap } from './print-painter';
import { buildDeckPdf, buildDeckPptx, renderSlideImages } from './run';

declare global {
  interface Window {
    __steppeExport?: {
      /** `themes`: the slides' themes in turn (all the live map's theme when left out). */
      makeDeck: (slides: number, themes?: ReadonlyArray<'light' | 'dark'>) => Promise<string>;
      pdf: (deckId: string, includeNotes?: boolean) => Promise<number>;
      /** The handout PDF's bytes, base64 (for checks that read the file). */
      pdfData: (deckId: string) => Promise<string>;
      pptx: (deckId: string) => Promise<number>;
      /** Only the print-size map pictures the exports embed, always drawn afresh: the baseline for both. */
      maps: (deckId: string) => Promise<number>;
      /** Forgets every kept map picture (database too) and the hidden map, so the next export starts cold. */
      forgetMaps: () => Promise<void>;
      /** Opens the deck as a user would (its pictures start drawing in the background) and resolves once all are kept. */
      prepare: (deckId: string) => Promise<void>;
      /** Milliseconds of each step of the print pictures drawn so far (draw = view → frame drawn, encode = frame taken → JPEG bytes, off the main thread). */
      pictureTimings: () => { draw: number[]; encode: number[] };
    };
  }
}

async function deckOrThrow(id: string): Promise<Deck> {
  const deck = await loadDeck(id);
  if (!deck) throw new Error(`no deck ${id}`);
  return deck;
}

if (typeof window !== 'undefined') {
  window.__steppeExport = {
    /** A deck of map slides around Mongolia, at varied centres and zooms, with captions and notes. */
    async makeDeck(count, themes) {
      const base = activeMapController()?.captureView();
      if (!base) throw new Error('the map is not ready');
      let deck = createDeck({ title: `Benchmark deck (${count} slides)`, author: 'bench' });
      for (let i = 0; i < count; i++) {
        const camera = { ...base.camera, center: [96 + (i % 6) * 3, 43 + (i % 4) * 2] as [number, number], zoom: 4 + (i % 3) };
        const view = { ...base, camera, theme: themes?.[i % themes.length] ?? base.theme };
        deck = addSlide(deck, createSlide('map', { title: `Slide ${i + 1}`, caption: `Copper and **coal** corridor ${i + 1}\n\n- rail\n- road`, notes: `Notes ${i + 1}`, view }));
      }
      await saveDeck(deck);
      return deck.id;
    },
    async pdf(deckId, includeNotes = false) {
      return (await buildDeckPdf(await deckOrThrow(deckId), { includeNotes })).byteLength;
    },
    async pdfData(deckId) {
      return bytesToBase64(await buildDeckPdf(await deckOrThrow(deckId), { includeNotes: false }));
    },
    async pptx(deckId) {
      return (await buildDeckPptx(await deckOrThrow(deckId))).byteLength;
    },
    async maps(deckId) {
      const images = await renderSlideImages(await deckOrThrow(deckId), {}, 0.8, { fresh: true });
      return [...images.values()].reduce((n, i) => n + i.data.byteLength, 0);
    },
    async forgetMaps() {
      // Close the deck so nothing draws in the background, and let the queue forget what it had ready.
      useAppStore.getState().openDeck(null);
      await printQueue.setDeck(null, []);
      await releasePrintMap();
      await forgetPictures();
    },
    async prepare(deckId) {
      useAppStore.getState().openDeck(deckId);
      await new Promise<void>((resolve) => {
        const check = () => {
          const { deckId: open, ready, total } = printQueue.status();
          if (open === deckId && ready === total && total > 0) {
            off();
            resolve();
          }
        };
        const off = printQueue.subscribe(check);
        check();
      });
    },
    pictureTimings: () => ({
      draw: performance.getEntriesByName('print-picture:draw').map((e) => e.duration),
      encode: performance.getEntriesByName('print-picture:encode').map((e) => e.duration),
    }),
  };
}

// For benchmarks and end-to-end checks only: build a deck from the live map and time its exports
// without file dialogs. Nothing here is reachable from the UI.
import { activeMapController } from '../../map/active-map';
import { addSlide, createDeck, createSlide, loadDeck, saveDeck, type Deck } from '../slides';
import { forgetMapImages } from './image-cache';
import { buildDeckPdf, buildDeckPptx, renderSlideImages } from './run';

declare global {
  interface Window {
    __steppeExport?: {
      makeDeck: (slides: number) => Promise<string>;
      pdf: (deckId: string, includeNotes?: boolean) => Promise<number>;
      pptx: (deckId: string) => Promise<number>;
      /** Only the print-size map pictures the exports embed, always drawn afresh: the baseline for both. */
      maps: (deckId: string) => Promise<number>;
      /** Forgets the map pictures remembered from earlier exports, so the next export draws every map. */
      forgetMaps: () => void;
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
    async makeDeck(count) {
      const base = activeMapController()?.captureView();
      if (!base) throw new Error('the map is not ready');
      let deck = createDeck({ title: `Benchmark deck (${count} slides)`, author: 'bench' });
      for (let i = 0; i < count; i++) {
        const view = { ...base, camera: { ...base.camera, center: [96 + (i % 6) * 3, 43 + (i % 4) * 2] as [number, number], zoom: 4 + (i % 3) } };
        deck = addSlide(deck, createSlide('map', { title: `Slide ${i + 1}`, caption: `Copper and **coal** corridor ${i + 1}\n\n- rail\n- road`, notes: `Notes ${i + 1}`, view }));
      }
      await saveDeck(deck);
      return deck.id;
    },
    async pdf(deckId, includeNotes = false) {
      return (await buildDeckPdf(await deckOrThrow(deckId), { includeNotes })).byteLength;
    },
    async pptx(deckId) {
      return (await buildDeckPptx(await deckOrThrow(deckId))).byteLength;
    },
    async maps(deckId) {
      const images = await renderSlideImages(await deckOrThrow(deckId), {}, 0.8, { fresh: true });
      return [...images.values()].reduce((n, i) => n + i.dataUrl.length, 0);
    },
    forgetMaps: forgetMapImages,
  };
}

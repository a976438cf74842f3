// Slides slice: which deck and slide are open and whether the presenter console is up. Session state only.
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface SlidesSlice {
  activeDeckId: string | null;
  activeSlideId: string | null;
  /** The deck being presented and the slide it starts from, while the presenter console is up. */
  presenting: { deckId: string; startIndex: number } | null;
  /** The export dialog: for a deck (PDF, PPTX) or for the current view (PNG). */
  exportRequest: { kind: 'deck'; deckId: string } | { kind: 'view' } | null;
  /** How many of the open deck's map slides already have their print picture drawn (features/export). */
  printPictures: { deckId: string | null; ready: number; total: number; paused: string[] } | null;
  openDeck: (deckId: string | null) => void;
  selectSlide: (slideId: string | null) => void;
  setPresenting: (presenting: SlidesSlice['presenting']) => void;
  requestExport: (request: SlidesSlice['exportRequest']) => void;
  setPrintPictures: (status: SlidesSlice['printPictures']) => void;
}

export const createSlidesSlice: StateCreator<AppState, [], [], SlidesSlice> = (set) => ({
  activeDeckId: null,
  activeSlideId: null,
  presenting: null,
  exportRequest: null,
  printPictures: null,
  openDeck: (activeDeckId) => set({ activeDeckId, activeSlideId: null }),
  selectSlide: (activeSlideId) => set({ activeSlideId }),
  setPresenting: (presenting) => set({ presenting }),
  requestExport: (exportRequest) => set({ exportRequest }),
  setPrintPictures: (printPictures) => set({ printPictures }),
});

// Slides slice: which deck and slide are open and whether the presenter console is up. Session state only.
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface SlidesSlice {
  activeDeckId: string | null;
  activeSlideId: string | null;
  presenting: boolean;
  openDeck: (deckId: string | null) => void;
  selectSlide: (slideId: string | null) => void;
  setPresenting: (presenting: boolean) => void;
}

export const createSlidesSlice: StateCreator<AppState, [], [], SlidesSlice> = (set) => ({
  activeDeckId: null,
  activeSlideId: null,
  presenting: false,
  openDeck: (activeDeckId) => set({ activeDeckId, activeSlideId: null }),
  selectSlide: (activeSlideId) => set({ activeSlideId }),
  setPresenting: (presenting) => set({ presenting }),
});

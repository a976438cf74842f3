// Annotations UI state shared by the panel and the map badges (session only).
import { create } from 'zustand';
import type { AnnotationFilter } from './model';

export interface AnnotationsUi {
  showBadges: boolean;
  filter: AnnotationFilter;
  setShowBadges: (on: boolean) => void;
  setFilter: (patch: Partial<AnnotationFilter>) => void;
  clearFilter: () => void;
}

export const useAnnotationsUi = create<AnnotationsUi>()((set) => ({
  showBadges: true,
  filter: {},
  setShowBadges: (showBadges) => set({ showBadges }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: {} }),
}));

// Annotations UI state shared by the panel and the map badges (session only).
import { create } from 'zustand';
import type { AnnotationTarget } from '../../db/user-data';
import type { AnnotationFilter } from './model';

export interface AnnotationsUi {
  showBadges: boolean;
  filter: AnnotationFilter;
  /** A note to open in the panel's editor: a new one about a target, or an existing one by id. */
  pending: { target: AnnotationTarget; noteId?: string } | null;
  setPending: (pending: AnnotationsUi['pending']) => void;
  setShowBadges: (on: boolean) => void;
  setFilter: (patch: Partial<AnnotationFilter>) => void;
  clearFilter: () => void;
}

export const useAnnotationsUi = create<AnnotationsUi>()((set) => ({
  showBadges: true,
  filter: {},
  pending: null,
  setPending: (pending) => set({ pending }),
  setShowBadges: (showBadges) => set({ showBadges }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: {} }),
}));

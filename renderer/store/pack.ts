// Pack sync slice: where an import, rollback or restore is in its life, for the dialogs and progress bars.
// Session state only: the data itself is in Dexie; `preview` is a bounded summary held while the dialog is open.
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface SyncProgress {
  done: number;
  total: number;
}

/** What a data-pack operation is doing now. Types of `preview`, `refusal` and `entry` belong to features/sync. */
export type SyncPhase =
  | { name: 'idle' }
  | { name: 'reading'; stage: string; fileName?: string; kind: string }
  | { name: 'preview'; planId: string; preview: unknown; fileName?: string }
  | { name: 'applying'; progress: SyncProgress; title: string; kind: string }
  | { name: 'refused'; refusal: unknown; fileName?: string }
  | { name: 'failed'; reason: string; message: string }
  | { name: 'applied'; entry: unknown }
  | { name: 'restore'; backup: unknown; preview: unknown; fileName?: string }
  | { name: 'restore-refused'; refusal: unknown; fileName?: string };

/** Ids per pack collection that the last applied pack added or changed; the map highlights them while set. */
export type ChangeHighlight = Record<string, { added: string[]; changed: string[] }>;

export interface PackSlice {
  sync: SyncPhase;
  setSync: (phase: SyncPhase) => void;
  changeHighlight: ChangeHighlight | null;
  setChangeHighlight: (highlight: ChangeHighlight | null) => void;
}

export const createPackSlice: StateCreator<AppState, [], [], PackSlice> = (set) => ({
  sync: { name: 'idle' },
  setSync: (sync) => set({ sync }),
  changeHighlight: null,
  setChangeHighlight: (changeHighlight) => set({ changeHighlight }),
});

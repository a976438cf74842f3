// One zustand store made of slices (UI and session state only; domain data lives in Dexie).
import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './ui';
import { createMapSlice, type MapSlice } from './map';
import { createSlidesSlice, type SlidesSlice } from './slides';
import { createPackSlice, type PackSlice } from './pack';

export type AppState = UiSlice & MapSlice & SlidesSlice & PackSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createMapSlice(...a),
  ...createSlidesSlice(...a),
  ...createPackSlice(...a),
}));

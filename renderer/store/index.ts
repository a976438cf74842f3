// One zustand store made of slices (UI and session state only; domain data lives in Dexie).
import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './ui';
import { createAnalysisSlice, type AnalysisSlice } from './analysis';
import { createMapSlice, type MapSlice } from './map';
import { createSlidesSlice, type SlidesSlice } from './slides';
import { createPackSlice, type PackSlice } from './pack';

export type AppState = UiSlice & AnalysisSlice & MapSlice & SlidesSlice & PackSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createAnalysisSlice(...a),
  ...createMapSlice(...a),
  ...createSlidesSlice(...a),
  ...createPackSlice(...a),
}));

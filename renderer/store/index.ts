// One zustand store made of slices (UI and session state only; domain data lives in Dexie).
import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './ui';

export type AppState = UiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
}));

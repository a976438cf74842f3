// UI slice: language, theme and which side panel is open. Session state only, no domain data.
import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/catalogues';
import type { AppState } from './index';

export type Theme = 'light' | 'dark';

export interface UiSlice {
  language: Language;
  /** Language of the map's labels when it differs from the UI's (Mongolian UI, English labels for visitors); null follows the UI. */
  mapLabelLanguage: Language | null;
  theme: Theme;
  panel: string | null;
  setLanguage: (language: Language) => void;
  setMapLabelLanguage: (language: Language | null) => void;
  setTheme: (theme: Theme) => void;
  toggleTheme: () => void;
  openPanel: (panel: string | null) => void;
}

const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  language: 'en',
  mapLabelLanguage: null,
  theme: prefersDark() ? 'dark' : 'light',
  panel: null,
  setLanguage: (language) => set({ language }),
  setMapLabelLanguage: (mapLabelLanguage) => set({ mapLabelLanguage }),
  setTheme: (theme) => set({ theme }),
  toggleTheme: () => set((s) => ({ theme: s.theme === 'light' ? 'dark' : 'light' })),
  openPanel: (panel) => set({ panel }),
});

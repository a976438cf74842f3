// Every namespace's strings in every UI language. A test checks the key sets match.
import { appStrings } from '../app/strings';
import { slidesStrings } from '../features/slides/strings';
import { presenterStrings } from '../features/presenter/strings';
import { exportStrings } from '../features/export/strings';
import { syncStrings } from '../features/sync/strings';

export const LANGUAGES = ['en', 'ko', 'mn'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The shape every feature's strings module exports: the same nested keys in each language. */
export type Catalogue = Record<Language, Record<string, unknown>>;

export const catalogues = {
  app: appStrings,
  slides: slidesStrings,
  presenter: presenterStrings,
  export: exportStrings,
  sync: syncStrings,
} satisfies Record<string, Catalogue>;

// Every namespace's strings in every UI language. A test checks the key sets match.
import { appStrings } from '../app/strings';
import { analysisStrings } from '../features/analysis/strings';
import { timelineStrings } from '../features/timeline/strings';
import { partnersStrings } from '../features/partners/strings';
import { indicatorsStrings } from '../features/indicators/strings';
import { atlasStrings } from '../features/deposits/strings';
import { filterStrings } from '../features/filters/strings';
import { searchStrings } from '../features/search/strings';
import { detailStrings } from '../features/detail/strings';
import { slidesStrings } from '../features/slides/strings';
import { presenterStrings } from '../features/presenter/strings';
import { exportStrings } from '../features/export/strings';
import { syncStrings } from '../features/sync/strings';
import { annotationsStrings } from '../features/annotations/strings';
import { drawingStrings } from '../features/drawing/strings';
import { visibleStrings } from '../features/visible-features/strings';

export const LANGUAGES = ['en', 'ko', 'mn'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The shape every feature's strings module exports: the same nested keys in each language. */
export type Catalogue = Record<Language, Record<string, unknown>>;

export const catalogues = {
  app: appStrings,
  analysis: analysisStrings,
  timeline: timelineStrings,
  partners: partnersStrings,
  indicators: indicatorsStrings,
  atlas: atlasStrings,
  filters: filterStrings,
  search: searchStrings,
  detail: detailStrings,
  slides: slidesStrings,
  presenter: presenterStrings,
  export: exportStrings,
  sync: syncStrings,
  annotations: annotationsStrings,
  drawing: drawingStrings,
  visible: visibleStrings,
} satisfies Record<string, Catalogue>;

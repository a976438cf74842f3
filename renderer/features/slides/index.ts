// What other features may use from slides.
export {
  createDeck, createSlide, addSlide, updateSlide, removeSlide, duplicateSlide, moveSlide, parseDeck, deckDepositIds, withSlides,
  DeckSchema, SlideSchema, CitedSourceSchema, SlideChartSchema, SLIDE_KINDS,
  type Deck, type Slide, type SlideKind, type SlideChart, type CitedSource, type DeckLanguage, type MapViewState, type FeatureRef,
} from './model';
export { collectSources, numberSources, formatSource, citeSource, loadCitedSources } from './footnotes';
export { parseCaption, captionText, type CaptionBlock, type TextRun } from './markdown';
export { saveDeck, loadDeck, deleteDeck, useDecks, useDeck } from './repository';
export { captureCurrentView, playSlide, NoMapError } from './capture';
export { Caption } from './components/Caption';
export { SlidesPanel, type SlidesPanelProps } from './components/SlidesPanel';
export { mapSliceFromView } from './providers';
export { loadSlideDrawings, slideDrawingsStamp } from './drawings';

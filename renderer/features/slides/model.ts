// Decks and slides: the schema every stored or received deck is parsed with, and pure edits on it.
import { z } from 'zod';
import { MapViewStateSchema, type FeatureRef, type MapViewState } from '../../map/view-state';

export const SLIDE_KINDS = ['map', 'title', 'text', 'chart'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** A source as cited on a slide: a snapshot, so a deck still cites it after a pack drops it. */
export const CitedSourceSchema = z.strictObject({
  id: z.string().min(1).max(200),
  title: z.string().max(2000),
  publisher: z.string().max(500),
  date: z.string().max(20).optional(),
  url: z.string().max(2000).optional(),
});
export type CitedSource = z.infer<typeof CitedSourceSchema>;

/**
 * An indicator chart on a slide, as it read when added (words in the deck's language, figures, source line),
 * so the slide still shows it after a pack drops or changes the indicator. Drawn by the indicators feature.
 */
export const SlideChartSchema = z.strictObject({
  chartId: z.string().min(1).max(200),
  kind: z.enum(['share', 'breakdown', 'period']),
  title: z.string().max(500),
  period: z.string().max(100),
  unit: z.string().max(100),
  max: z.number().finite(),
  bars: z.array(z.strictObject({
    label: z.string().max(300),
    value: z.number().finite(),
    remainder: z.boolean().optional(),
    /** For a figure over a period (e.g. a yearly average): the first and last year it covers. */
    from: z.number().int().min(1900).max(2200).optional(),
    to: z.number().int().min(1900).max(2200).optional(),
  })).min(1).max(60),
  /** "Source: …" line drawn under the chart. */
  source: z.string().max(4000),
  /** What a reader must know to read it right (e.g. "average per year, not yearly figures"). */
  note: z.string().max(1000).optional(),
});
export type SlideChart = z.infer<typeof SlideChartSchema>;

export const SlideSchema = z.strictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(SLIDE_KINDS),
  title: z.string().max(500),
  /** Markdown subset: paragraphs, **bold**, *italic*, bullet lists. */
  caption: z.string().max(20_000),
  /** Private speaker notes: shown on the presenter console only, never to the audience. */
  notes: z.string().max(50_000),
  view: MapViewStateSchema.nullable(),
  sources: z.array(CitedSourceSchema).max(500),
  /** Small JPEG data: URL made offline from the map when the slide was captured. */
  thumbnail: z.string().max(400_000).nullable(),
  /** The chart a 'chart' slide shows. */
  chart: SlideChartSchema.optional(),
  updatedAt: z.string(),
});
export type Slide = z.infer<typeof SlideSchema>;

export const DeckSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(500),
  author: z.string().max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  language: z.enum(['en', 'ko', 'mn']),
  slides: z.array(SlideSchema).max(500),
  depositIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Deck = z.infer<typeof DeckSchema>;
export type DeckLanguage = Deck['language'];

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

export function createDeck(init: { title: string; author?: string; language?: DeckLanguage; date?: string }): Deck {
  const at = now();
  return {
    id: newId(),
    title: init.title,
    author: init.author ?? '',
    date: init.date ?? at.slice(0, 10),
    language: init.language ?? 'en',
    slides: [],
    depositIds: [],
    createdAt: at,
    updatedAt: at,
  };
}

export function createSlide(kind: SlideKind, init: Partial<Omit<Slide, 'id' | 'kind' | 'updatedAt'>> = {}): Slide {
  return {
    id: newId(),
    kind,
    title: init.title ?? '',
    caption: init.caption ?? '',
    notes: init.notes ?? '',
    view: kind === 'map' ? (init.view ?? null) : null,
    sources: init.sources ?? [],
    thumbnail: init.thumbnail ?? null,
    ...(kind === 'chart' && init.chart ? { chart: init.chart } : {}),
    updatedAt: now(),
  };
}

/** Every deposit the deck's slides highlight: indexed so a pack update can flag decks that lose one. */
export function deckDepositIds(slides: readonly Slide[]): string[] {
  const ids = slides.flatMap((s) => (s.view?.highlighted ?? []).filter((f) => f.kind === 'deposit').map((f) => f.id));
  return [...new Set(ids)];
}

/** Returns a new deck with the given slides, its deposit index and timestamp brought up to date. */
export function withSlides(deck: Deck, slides: Slide[]): Deck {
  return { ...deck, slides, depositIds: deckDepositIds(slides), updatedAt: now() };
}

export function addSlide(deck: Deck, slide: Slide, afterId?: string): Deck {
  const at = afterId ? deck.slides.findIndex((s) => s.id === afterId) : -1;
  const slides = [...deck.slides];
  slides.splice(at >= 0 ? at + 1 : slides.length, 0, slide);
  return withSlides(deck, slides);
}

export function updateSlide(deck: Deck, id: string, change: Partial<Omit<Slide, 'id'>>): Deck {
  return withSlides(
    deck,
    deck.slides.map((s) => (s.id === id ? { ...s, ...change, updatedAt: now() } : s)),
  );
}

export function removeSlide(deck: Deck, id: string): Deck {
  return withSlides(
    deck,
    deck.slides.filter((s) => s.id !== id),
  );
}

/** A copy placed right after the original, with a new id. */
export function duplicateSlide(deck: Deck, id: string): Deck {
  const original = deck.slides.find((s) => s.id === id);
  if (!original) return deck;
  return addSlide(deck, { ...structuredClone(original), id: newId(), updatedAt: now() }, id);
}

/** Moves a slide to a new index (clamped), keeping every other slide in order. */
export function moveSlide(deck: Deck, id: string, toIndex: number): Deck {
  const from = deck.slides.findIndex((s) => s.id === id);
  if (from < 0) return deck;
  const to = Math.max(0, Math.min(deck.slides.length - 1, toIndex));
  if (to === from) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(to, 0, moved);
  return withSlides(deck, slides);
}

/** Parses a stored deck; a record another version wrote badly is reported, not half-used. */
export function parseDeck(value: unknown): { ok: true; deck: Deck } | { ok: false; message: string } {
  const parsed = DeckSchema.safeParse(value);
  if (parsed.success) return { ok: true, deck: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue.path.join('.') || 'deck'}: ${issue.message}` };
}

export type { FeatureRef, MapViewState };

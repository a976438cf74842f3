// Messages between the presenter console and the audience view. The audience side parses every
// message with strict schemas that have no notes field: a message carrying notes is refused whole.
import { z } from 'zod';
import { MapViewStateSchema } from '../../map/view-state';
import { CitedSourceSchema, SlideChartSchema, type Deck, type Slide } from '../slides';

export const AudienceSlideSchema = z.strictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(['map', 'title', 'text', 'chart']),
  title: z.string().max(500),
  caption: z.string().max(20_000),
  view: MapViewStateSchema.nullable(),
  chart: SlideChartSchema.optional(),
  /** Footnotes with their deck-wide numbers. */
  footnotes: z.array(z.strictObject({ n: z.number().int().positive(), source: CitedSourceSchema })).max(500),
});
export type AudienceSlide = z.infer<typeof AudienceSlideSchema>;

export const ScreenSchema = z.enum(['slide', 'black', 'white']);

export const PresenterMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('show'),
    deckTitle: z.string().max(500),
    index: z.number().int().min(0),
    count: z.number().int().min(1),
    slide: AudienceSlideSchema,
    screen: ScreenSchema,
  }),
  z.strictObject({ type: z.literal('screen'), screen: ScreenSchema }),
  z.strictObject({ type: z.literal('return-to-slide') }),
  z.strictObject({ type: z.literal('end') }),
]);
export type PresenterMessage = z.infer<typeof PresenterMessageSchema>;

export const AudienceMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('exploring'), exploring: z.boolean() }),
]);
export type AudienceMessage = z.infer<typeof AudienceMessageSchema>;

export const CHANNEL_NAME = 'steppe-atlas-presenter';

/** Builds the audience's copy of a slide by naming each field it may see; notes are never among them. */
export function toAudienceSlide(slide: Slide, numbers: readonly number[]): AudienceSlide {
  return {
    id: slide.id,
    kind: slide.kind,
    title: slide.title,
    caption: slide.caption,
    view: slide.view,
    ...(slide.chart ? { chart: slide.chart } : {}),
    footnotes: slide.sources.map((source, i) => ({ n: numbers[i] ?? i + 1, source })),
  };
}

export function showMessage(deck: Pick<Deck, 'title'>, slide: AudienceSlide, index: number, count: number, screen: z.infer<typeof ScreenSchema>): Extract<PresenterMessage, { type: 'show' }> {
  return { type: 'show', deckTitle: deck.title, index, count, slide, screen };
}

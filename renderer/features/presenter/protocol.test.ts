import { describe, expect, it } from 'vitest';
import { createDeck, createSlide } from '../slides/model';
import { parsePresenterMessage } from './channel';
import { showMessage, toAudienceSlide } from './protocol';

const slide = createSlide('map', {
  title: 'Oyu Tolgoi',
  caption: 'Copper and gold',
  notes: 'SECRET: the minister asked about the tax dispute',
  sources: [{ id: 's1', title: 'Report', publisher: 'Rio Tinto' }],
  view: { camera: { center: [106.8, 43], zoom: 7, bearing: 0, pitch: 0 }, theme: 'dark', layers: null, filters: {}, partnerLens: null, highlighted: [], drawingLayers: [] },
});

describe('presenter ↔ audience protocol', () => {
  it('builds the audience copy of a slide without its notes, with deck-wide footnote numbers', () => {
    const audience = toAudienceSlide(slide, [4]);
    expect(JSON.stringify(audience)).not.toContain('SECRET');
    expect(audience).not.toHaveProperty('notes');
    expect(audience.footnotes).toEqual([{ n: 4, source: slide.sources[0] }]);
  });

  it('accepts a well-formed show message', () => {
    const message = showMessage(createDeck({ title: 'Deck' }), toAudienceSlide(slide, [1]), 0, 3, 'slide');
    expect(parsePresenterMessage(message)).toEqual(message);
  });

  it('refuses, whole, any message that carries notes or is malformed', () => {
    const message = showMessage(createDeck({ title: 'Deck' }), toAudienceSlide(slide, [1]), 0, 3, 'slide');
    const leaky = { ...message, slide: { ...message.slide, notes: slide.notes } };
    expect(parsePresenterMessage(leaky)).toBeUndefined();
    expect(parsePresenterMessage({ ...message, notes: 'x' })).toBeUndefined();
    expect(parsePresenterMessage({ type: 'show' })).toBeUndefined();
    expect(parsePresenterMessage('next')).toBeUndefined();
    expect(parsePresenterMessage({ type: 'screen', screen: 'black' })).toEqual({ type: 'screen', screen: 'black' });
  });
});

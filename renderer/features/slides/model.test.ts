import { describe, expect, it } from 'vitest';
import { addSlide, createDeck, createSlide, duplicateSlide, moveSlide, parseDeck, removeSlide, updateSlide, type MapViewState } from './model';

const view = (depositId?: string): MapViewState => ({
  camera: { center: [106.9, 47.9], zoom: 6, bearing: 0, pitch: 0 },
  theme: 'light',
  layers: ['deposits'],
  filters: {},
  partnerLens: 'KR',
  highlighted: depositId ? [{ kind: 'deposit', id: depositId }] : [],
  drawingLayers: [],
});

const deckOf = (...titles: string[]) => titles.reduce((d, title) => addSlide(d, createSlide('map', { title, view: view(title.toLowerCase()) })), createDeck({ title: 'Briefing', author: 'B. Bat' }));
const titles = (d: ReturnType<typeof deckOf>) => d.slides.map((s) => s.title);

describe('deck model', () => {
  it('starts a deck dated today with no slides', () => {
    const deck = createDeck({ title: 'Rare earths', language: 'ko' });
    expect(deck.slides).toEqual([]);
    expect(deck.date).toBe(new Date().toISOString().slice(0, 10));
    expect(deck.language).toBe('ko');
    expect(parseDeck(deck)).toMatchObject({ ok: true });
  });

  it('adds slides at the end or right after a chosen slide, and indexes highlighted deposits', () => {
    let deck = deckOf('A', 'C');
    deck = addSlide(deck, createSlide('text', { title: 'B' }), deck.slides[0].id);
    expect(titles(deck)).toEqual(['A', 'B', 'C']);
    expect(deck.depositIds).toEqual(['a', 'c']);
  });

  it('reorders by moving one slide and keeps the others in order', () => {
    const deck = deckOf('A', 'B', 'C', 'D');
    expect(titles(moveSlide(deck, deck.slides[0].id, 2))).toEqual(['B', 'C', 'A', 'D']);
    expect(titles(moveSlide(deck, deck.slides[3].id, 0))).toEqual(['D', 'A', 'B', 'C']);
    expect(titles(moveSlide(deck, deck.slides[1].id, 99))).toEqual(['A', 'C', 'D', 'B']);
    expect(moveSlide(deck, 'missing', 0)).toBe(deck);
  });

  it('duplicates a slide right after the original with a new id and an independent copy of its view', () => {
    const deck = deckOf('A', 'B');
    const copy = duplicateSlide(deck, deck.slides[0].id);
    expect(titles(copy)).toEqual(['A', 'A', 'B']);
    expect(copy.slides[1].id).not.toBe(copy.slides[0].id);
    copy.slides[1].view!.camera.center[0] = 90;
    expect(copy.slides[0].view!.camera.center[0]).toBe(106.9);
  });

  it('updates and deletes slides, keeping the deposit index right', () => {
    let deck = deckOf('A', 'B');
    deck = updateSlide(deck, deck.slides[1].id, { notes: 'Mention the 2024 agreement', view: view('oyu-tolgoi') });
    expect(deck.slides[1].notes).toBe('Mention the 2024 agreement');
    expect(deck.depositIds).toEqual(['a', 'oyu-tolgoi']);
    deck = removeSlide(deck, deck.slides[0].id);
    expect(titles(deck)).toEqual(['B']);
    expect(deck.depositIds).toEqual(['oyu-tolgoi']);
  });

  it('refuses a stored deck with a malformed slide, saying where', () => {
    const deck = deckOf('A');
    const broken = { ...deck, slides: [{ ...deck.slides[0], view: { ...deck.slides[0].view, camera: { center: [500, 0], zoom: 3, bearing: 0, pitch: 0 } } }] };
    const parsed = parseDeck(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/slides\.0\.view\.camera\.center/);
  });
});

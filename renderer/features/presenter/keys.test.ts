import { describe, expect, it } from 'vitest';
import { EMPTY_BUFFER, presenterKey, reducePresentation, startPresentation, type PresenterCommand } from './keys';

const press = (...keys: string[]) => {
  let buffer = EMPTY_BUFFER;
  const commands: (PresenterCommand | undefined)[] = [];
  for (const key of keys) {
    const r = presenterKey(key, buffer);
    buffer = r.buffer;
    commands.push(r.command);
  }
  return commands;
};

describe('presenter keys', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%j goes to the next slide', (key) => {
    expect(press(key)).toEqual([{ type: 'next' }]);
  });
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%j goes to the previous slide', (key) => {
    expect(press(key)).toEqual([{ type: 'previous' }]);
  });
  it('Home, End, B, ., W, , and Esc', () => {
    expect(press('Home', 'End', 'b', '.', 'W', ',', 'Escape')).toEqual([
      { type: 'first' },
      { type: 'last' },
      { type: 'black' },
      { type: 'black' },
      { type: 'white' },
      { type: 'white' },
      { type: 'exit' },
    ]);
  });
  it('number + Enter goes to that slide (1-based), Backspace edits the number', () => {
    expect(press('1', '2', 'Enter')).toEqual([undefined, undefined, { type: 'goto', index: 11 }]);
    expect(press('3', '4', 'Backspace', 'Enter')).toEqual([undefined, undefined, undefined, { type: 'goto', index: 2 }]);
    expect(press('0', 'Enter').at(-1)).toBeUndefined();
  });
  it('ignores keys that mean nothing to a presenter', () => {
    expect(press('q', 'Tab', 'F5')).toEqual([undefined, undefined, undefined]);
  });
});

describe('presentation state', () => {
  it('moves within the deck and stops at both ends', () => {
    let s = startPresentation(3);
    s = reducePresentation(s, { type: 'previous' });
    expect(s.index).toBe(0);
    s = reducePresentation(reducePresentation(reducePresentation(s, { type: 'next' }), { type: 'next' }), { type: 'next' });
    expect(s.index).toBe(2);
    expect(reducePresentation(s, { type: 'first' }).index).toBe(0);
    expect(reducePresentation(s, { type: 'goto', index: 7 }).index).toBe(2);
    expect(reducePresentation(s, { type: 'goto', index: 1 }).index).toBe(1);
  });
  it('B and W toggle a black or white screen, and moving lifts it', () => {
    let s = reducePresentation(startPresentation(3), { type: 'black' });
    expect(s.screen).toBe('black');
    expect(reducePresentation(s, { type: 'black' }).screen).toBe('slide');
    s = reducePresentation(s, { type: 'white' });
    expect(s.screen).toBe('white');
    s = reducePresentation(s, { type: 'next' });
    expect(s).toMatchObject({ screen: 'slide', index: 1 });
    expect(reducePresentation(s, { type: 'exit' }).ended).toBe(true);
  });
});

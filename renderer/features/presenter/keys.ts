// Presenter keys, as clickers and presenters expect them. Pure: key in, command out.
export type PresenterCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'black' }
  | { type: 'white' }
  | { type: 'exit' };

/** Digits typed so far for "number + Enter = go to slide". */
export interface KeyBuffer {
  digits: string;
}
export const EMPTY_BUFFER: KeyBuffer = { digits: '' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

/**
 * Maps one key press to a command. `key` is KeyboardEvent.key. Returns the new digit buffer and
 * the command (if any); a key that means nothing to the presenter returns no command.
 */
export function presenterKey(key: string, buffer: KeyBuffer = EMPTY_BUFFER): { command?: PresenterCommand; buffer: KeyBuffer } {
  if (/^[0-9]$/.test(key)) return { buffer: { digits: (buffer.digits + key).slice(-4) } };
  if (key === 'Enter' && buffer.digits) {
    const n = Number(buffer.digits);
    return { command: n >= 1 ? { type: 'goto', index: n - 1 } : undefined, buffer: EMPTY_BUFFER };
  }
  if (key === 'Backspace' && buffer.digits) return { buffer: { digits: buffer.digits.slice(0, -1) } };
  const command = commandFor(key);
  return { command, buffer: EMPTY_BUFFER };
}

function commandFor(key: string): PresenterCommand | undefined {
  if (NEXT.has(key)) return { type: 'next' };
  if (PREVIOUS.has(key)) return { type: 'previous' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (key === 'b' || key === 'B' || key === '.') return { type: 'black' };
  if (key === 'w' || key === 'W' || key === ',') return { type: 'white' };
  if (key === 'Escape') return { type: 'exit' };
  return undefined;
}

export type Screen = 'slide' | 'black' | 'white';

export interface PresentationState {
  index: number;
  count: number;
  screen: Screen;
  ended: boolean;
}

export function startPresentation(count: number, index = 0): PresentationState {
  return { index: Math.max(0, Math.min(index, count - 1)), count, screen: 'slide', ended: false };
}

/** Applies a command. Moving always lifts a black or white screen; B/W toggle it. */
export function reducePresentation(state: PresentationState, command: PresenterCommand): PresentationState {
  const last = Math.max(0, state.count - 1);
  const go = (index: number): PresentationState => ({ ...state, index: Math.max(0, Math.min(last, index)), screen: 'slide' });
  switch (command.type) {
    case 'next':
      return go(state.index + 1);
    case 'previous':
      return go(state.index - 1);
    case 'first':
      return go(0);
    case 'last':
      return go(last);
    case 'goto':
      return command.index <= last ? go(command.index) : state;
    case 'black':
      return { ...state, screen: state.screen === 'black' ? 'slide' : 'black' };
    case 'white':
      return { ...state, screen: state.screen === 'white' ? 'slide' : 'white' };
    case 'exit':
      return { ...state, ended: true };
  }
}

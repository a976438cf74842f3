import { describe, expect, it } from 'vitest';
import { toggledHighlight, type Selection } from './map';

const a: Selection = { kind: 'deposit', id: 'oyu-tolgoi' };
const b: Selection = { kind: 'corridor', id: 'rail-1' };
const c: Selection = { kind: 'deposit', id: 'tavan-tolgoi' };

describe('shift-click highlights', () => {
  it('adds features after the selection, keeping the selection first', () => {
    const one = toggledHighlight({ selection: a, highlights: [] }, b);
    expect(one).toEqual({ selection: a, highlights: [b] });
    expect(toggledHighlight(one, c)).toEqual({ selection: a, highlights: [b, c] });
  });

  it('takes a highlighted feature out again; taking out the selection hands it to the next one', () => {
    expect(toggledHighlight({ selection: a, highlights: [b, c] }, b)).toEqual({ selection: a, highlights: [c] });
    expect(toggledHighlight({ selection: a, highlights: [b, c] }, { ...a })).toEqual({ selection: b, highlights: [c] });
    expect(toggledHighlight({ selection: a, highlights: [] }, a)).toEqual({ selection: null, highlights: [] });
  });

  it('makes the first shift-clicked feature the selection when nothing is selected', () => {
    expect(toggledHighlight({ selection: null, highlights: [] }, c)).toEqual({ selection: c, highlights: [] });
  });
});

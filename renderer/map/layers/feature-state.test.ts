import { describe, expect, it } from 'vitest';
import { featureFlags, flagChanges, stateCase, isHighlighted } from './feature-state';

describe('feature-state flags', () => {
  const deposits = [{ id: 'a', coal: true }, { id: 'b', coal: false }, { id: 'c', coal: true }];

  it('hides what the filter rejects, marks what the tiles still lack as pending, and rings the highlighted ids', () => {
    const flags = featureFlags(deposits, (d) => d.coal, null, new Set(['b', 'c']));
    expect(Object.fromEntries(flags)).toEqual({ b: { hidden: true, highlighted: true }, c: { highlighted: true } });
    const widened = featureFlags(deposits, null, (d) => d.coal, new Set());
    expect(Object.fromEntries(widened)).toEqual({ b: { pending: true } });
    expect(featureFlags(deposits, null, null, new Set()).size).toBe(0);
  });

  it('sends only the features whose flags change, and clears the ones no longer flagged', () => {
    const before = featureFlags(deposits, (d) => d.coal, null, new Set(['a']));
    const after = featureFlags(deposits, (d) => !d.coal, (d) => d.coal, new Set(['a']));
    expect(flagChanges(before, after)).toEqual([
      ['a', { hidden: true, pending: false, highlighted: true }],
      ['b', { hidden: false, pending: true, highlighted: false }],
      ['c', { hidden: true, pending: false, highlighted: false }],
    ]);
    expect(flagChanges(after, after)).toEqual([]);
  });

  it('puts the state test inside a zoom curve\'s stops, where MapLibre allows it', () => {
    expect(stateCase(isHighlighted, ['interpolate', ['linear'], ['zoom'], 3, 5, 8, 10], 0)).toEqual(
      ['interpolate', ['linear'], ['zoom'], 3, ['case', isHighlighted, 5, 0], 8, ['case', isHighlighted, 10, 0]],
    );
    expect(stateCase(isHighlighted, 2.5, 0)).toEqual(['case', isHighlighted, 2.5, 0]);
  });
});

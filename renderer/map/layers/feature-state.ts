// Per-feature flags the layers' paint reads through ['feature-state', …]: changing one repaints on the next frame,
// with no trip to the tiling worker. 'hidden' marks deposits the filters drop (drawn as nothing until the layer filter
// catches up); 'pending' marks deposits the filters now let through but the tiles do not hold yet (an unfiltered layer
// draws them meanwhile); 'highlighted' marks the selection and a slide's other highlighted features.
// Pure: ids and flags in, expressions and lists of changes out.
import type { ExpressionSpecification } from 'maplibre-gl';
import { isZoomCurve, mapZoomCurveOutputs } from './zoom-curves';

export interface FeatureFlags {
  hidden?: boolean;
  pending?: boolean;
  highlighted?: boolean;
}

/** Feature id → its flags; a feature with no flag set is simply absent. */
export type FeatureFlagMap = ReadonlyMap<string, FeatureFlags>;

export const isHidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
export const isPending: ExpressionSpecification = ['boolean', ['feature-state', 'pending'], false];
export const isHighlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlighted'], false];

type Value = ExpressionSpecification | number;

/** `value` where `when` holds, else `otherwise`, written inside a zoom curve's outputs: zoom may only drive a top-level curve. */
export function stateCase(when: ExpressionSpecification, value: Value, otherwise: number): Value {
  const wrap = (output: unknown) => ['case', when, output, otherwise];
  return (isZoomCurve(value) ? mapZoomCurveOutputs(value, wrap) : wrap(value)) as ExpressionSpecification;
}

/** `value`, or `hiddenValue` (0: nothing drawn) for a feature the filters have just hidden. */
export const unlessHidden = (value: Value, hiddenValue = 0): Value => stateCase(['!', isHidden], value, hiddenValue);

/** The flags to send so the map goes from `before` to `after`: only features whose flags differ, each with every flag spelt out. */
export function flagChanges(before: FeatureFlagMap, after: FeatureFlagMap): Array<[string, Required<FeatureFlags>]> {
  const out: Array<[string, Required<FeatureFlags>]> = [];
  // Plain field reads: this runs for thousands of deposits inside a filter change's first frame.
  const full = (f: FeatureFlags | undefined): Required<FeatureFlags> => ({ hidden: !!f?.hidden, pending: !!f?.pending, highlighted: !!f?.highlighted });
  const differ = (a: Required<FeatureFlags>, b: Required<FeatureFlags>) => a.hidden !== b.hidden || a.pending !== b.pending || a.highlighted !== b.highlighted;
  for (const [id, flags] of after) {
    const next = full(flags);
    if (differ(full(before.get(id)), next)) out.push([id, next]);
  }
  for (const id of before.keys()) if (!after.has(id) && differ(full(before.get(id)), full(undefined))) out.push([id, full(undefined)]);
  return out;
}

type Test<T> = ((f: T) => boolean) | null;

/**
 * Flags for features of one kind: `hidden` for those `wanted` rejects, `pending` for those it lets through that `drawn`
 * (the filter the tiles were cut with) rejects, `highlighted` for the listed ids. A null test lets everything through.
 */
export function featureFlags<T extends { id: string }>(features: readonly T[], wanted: Test<T>, drawn: Test<T>, highlighted: ReadonlySet<string>): Map<string, FeatureFlags> {
  const out = new Map<string, FeatureFlags>();
  if (wanted || drawn) {
    for (const f of features) {
      if (wanted && !wanted(f)) out.set(f.id, { hidden: true });
      else if (drawn && !drawn(f)) out.set(f.id, { pending: true });
    }
  }
  for (const id of highlighted) out.set(id, { ...out.get(id), highlighted: true });
  return out;
}

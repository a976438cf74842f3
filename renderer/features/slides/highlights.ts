// A slide may highlight several deposits, corridors or facilities; its footnotes cite all of their sources.
import type { FeatureRef, MapViewState } from './model';

const same = (a: FeatureRef, b: FeatureRef) => a.kind === b.kind && a.id === b.id;

/** The view with one more highlighted feature (unchanged when it is already there). */
export function addHighlight(view: MapViewState, ref: FeatureRef): MapViewState {
  return view.highlighted.some((f) => same(f, ref)) ? view : { ...view, highlighted: [...view.highlighted, { kind: ref.kind, id: ref.id }] };
}

export function removeHighlight(view: MapViewState, ref: FeatureRef): MapViewState {
  return { ...view, highlighted: view.highlighted.filter((f) => !same(f, ref)) };
}

export const isHighlighted = (view: MapViewState, ref: FeatureRef) => view.highlighted.some((f) => same(f, ref));

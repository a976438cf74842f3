// Zoom curves in MapLibre expressions: ['zoom'] may only be the input of a top-level interpolate or step, so a
// per-feature wrapper (a feature-state case, a per-feature form) has to go inside the curve's outputs. Pure.

const ZOOM_CURVES = new Set(['interpolate', 'interpolate-hcl', 'interpolate-lab', 'step']);

/** True for an interpolate or step whose input is ['zoom']. */
export function isZoomCurve(value: unknown): value is unknown[] {
  if (!Array.isArray(value) || !ZOOM_CURVES.has(value[0] as string)) return false;
  const input = value[value[0] === 'step' ? 1 : 2];
  return Array.isArray(input) && input[0] === 'zoom';
}

/** The same zoom curve with `map` applied to each of its outputs (the stops' inputs stay as they are). */
export function mapZoomCurveOutputs(curve: unknown[], map: (output: unknown) => unknown): unknown[] {
  const [op, ...rest] = curve;
  if (op === 'step') {
    const [input, first, ...stops] = rest;
    return [op, input, map(first), ...stops.map((s, i) => (i % 2 === 1 ? map(s) : s))];
  }
  const [kind, input, ...stops] = rest;
  return [op, kind, input, ...stops.map((s, i) => (i % 2 === 1 ? map(s) : s))];
}

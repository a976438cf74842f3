// MapLibre compiles one GPU program per layer type and per pattern of which paint properties are constant, read
// per feature, or read per feature and zoom. Software WebGL takes a quarter of a second or more per program, so our
// layers (basemap and thematic) write each property in one agreed form: all circles share one program, all fills one,
// all solid lines one, all dashed lines one, all labels one, whatever the theme, lens or selection — and switching the
// lens compiles nothing new.
// Pure: layer specs in, equivalent layer specs out (the values drawn are the same at every zoom for every feature).
import type { LayerSpecification } from 'maplibre-gl';
import { isZoomCurve, mapZoomCurveOutputs } from './zoom-curves';

type Form = 'feature' | 'feature-and-zoom';

/** The form each property is written in, per layer type (properties not listed are left as they are). */
const FORMS: Partial<Record<LayerSpecification['type'], Record<string, Form>>> = {
  circle: {
    'circle-color': 'feature', 'circle-opacity': 'feature', 'circle-stroke-color': 'feature',
    'circle-stroke-width': 'feature', 'circle-stroke-opacity': 'feature', 'circle-radius': 'feature-and-zoom',
  },
  line: { 'line-color': 'feature', 'line-opacity': 'feature', 'line-width': 'feature-and-zoom' },
  symbol: { 'text-color': 'feature', 'text-opacity': 'feature' },
  fill: { 'fill-color': 'feature', 'fill-opacity': 'feature', 'fill-outline-color': 'feature' },
};

/** Defaults from the style specification, for properties a layer leaves out. */
const DEFAULTS: Record<string, unknown> = {
  'circle-color': '#000000', 'circle-opacity': 1, 'circle-stroke-color': '#000000', 'circle-stroke-width': 0,
  'circle-stroke-opacity': 1, 'circle-radius': 5, 'line-color': '#000000', 'line-opacity': 1, 'line-width': 1,
  'text-color': '#000000', 'text-opacity': 1, 'fill-color': '#000000', 'fill-opacity': 1,
};

/** A property's value when the layer leaves it out (a fill's outline takes the fill's own colour). */
function defaultOf(property: string, paint: Record<string, unknown>): unknown {
  if (property === 'fill-outline-color') return paint['fill-color'] ?? DEFAULTS['fill-color'];
  return DEFAULTS[property];
}

const FEATURE_OPERATORS = new Set(['get', 'has', 'feature-state', 'properties', 'id', 'geometry-type']);

function reads(value: unknown, test: (op: string) => boolean): boolean {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return false;
  if (value[0] === 'literal') return false;
  if (test(value[0])) return true;
  return value.slice(1).some((v) => reads(v, test));
}
const readsZoom = (v: unknown) => reads(v, (op) => op === 'zoom');
const readsFeature = (v: unknown) => reads(v, (op) => FEATURE_OPERATORS.has(op));

/** The same value, but read "per feature" (a test on a property no feature has, with both branches equal). */
const perFeature = (value: unknown): unknown => ['case', ['has', '__same-for-all'], value, value];

/** `value` rewritten into `form`, or unchanged where that cannot be done without changing what is drawn. */
export function inForm(value: unknown, form: Form): unknown {
  const zoom = readsZoom(value);
  const feature = readsFeature(value);
  if (form === 'feature') {
    if (zoom || feature) return value; // already per feature, or a zoom curve that cannot drop the zoom
    return perFeature(value);
  }
  if (zoom && feature) return value;
  if (zoom) return isZoomCurve(value) ? mapZoomCurveOutputs(value, perFeature) : value;
  const output = feature ? value : perFeature(value);
  return ['interpolate', ['linear'], ['zoom'], 0, output, 24, output];
}

/** The layer with its paint written in the shared forms, so it draws with the program its type shares. */
export function withSharedProgram<L extends LayerSpecification>(layer: L): L {
  const forms = FORMS[layer.type];
  if (!forms || !('paint' in layer)) return layer;
  const given: Record<string, unknown> = { ...(layer.paint ?? {}) };
  const paint = { ...given };
  for (const [property, form] of Object.entries(forms)) {
    // Symbol layers without text draw no text program; their text paint needs no form.
    if (layer.type === 'symbol' && !(layer.layout as Record<string, unknown> | undefined)?.['text-field']) continue;
    paint[property] = inForm(given[property] ?? defaultOf(property, given), form);
  }
  return { ...layer, paint } as L;
}

// simplestyle-spec (https://github.com/mapbox/simplestyle-spec) ⇄ DrawingStyle, and KML's aabbggrr colours.
import { DEFAULT_STYLE, STEPPE_PROPS, type DrawingStyle } from './model';

const HEX6 = /^#[0-9a-f]{6}$/i;
const HEX3 = /^#[0-9a-f]{3}$/i;

/** "#abc" / "abc" / "#AABBCC" → "#aabbcc"; anything else → undefined. */
export function normalizeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().startsWith('#') ? value.trim() : `#${value.trim()}`;
  if (HEX6.test(v)) return v.toLowerCase();
  if (HEX3.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return undefined;
}

function num(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : undefined;
}

/** Opacity to two decimals: KML stores it in 1/255 steps, so 0.25 comes back as 0.2509… */
function opacity(value: unknown): number | undefined {
  const n = num(value, 0, 1);
  return n === undefined ? undefined : Math.round(n * 100) / 100;
}

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

/** Property keys that describe style; they are consumed by readStyle and not kept as extras. */
export const STYLE_KEYS = new Set([
  'stroke', 'stroke-width', 'stroke-opacity', 'fill', 'fill-opacity', 'marker-color', 'icon-color', 'icon-opacity',
  'label-color', 'label-opacity', 'label-scale', 'icon', 'icon-scale', 'icon-heading', 'icon-offset', 'icon-offset-units',
  'styleUrl', 'styleHash', 'styleMapHash', STEPPE_PROPS.dashed,
]);

/** Reads simplestyle properties (and togeojson's icon-color) over the defaults. */
export function readStyle(properties: Record<string, unknown>, base: DrawingStyle = DEFAULT_STYLE): DrawingStyle {
  const stroke = normalizeColor(properties.stroke);
  const marker = normalizeColor(properties['marker-color']) ?? normalizeColor(properties['icon-color']);
  return {
    stroke: stroke ?? marker ?? base.stroke,
    strokeWidth: num(properties['stroke-width'], 0, 50) ?? base.strokeWidth,
    strokeOpacity: opacity(properties['stroke-opacity']) ?? base.strokeOpacity,
    fill: normalizeColor(properties.fill) ?? base.fill,
    fillOpacity: opacity(properties['fill-opacity']) ?? base.fillOpacity,
    dashed: bool(properties[STEPPE_PROPS.dashed]) ?? base.dashed,
    markerColor: marker ?? stroke ?? base.markerColor,
  };
}

/** DrawingStyle → simplestyle properties (plus our dashed flag). */
export function writeStyle(style: DrawingStyle): Record<string, string | number | boolean> {
  return {
    stroke: style.stroke,
    'stroke-width': style.strokeWidth,
    'stroke-opacity': style.strokeOpacity,
    fill: style.fill,
    'fill-opacity': style.fillOpacity,
    'marker-color': style.markerColor,
    [STEPPE_PROPS.dashed]: style.dashed,
  };
}

/** "#rrggbb" + opacity → KML "aabbggrr". */
export function toKmlColor(hex: string, opacity: number): string {
  const c = normalizeColor(hex) ?? '#000000';
  const a = Math.round(Math.min(1, Math.max(0, opacity)) * 255).toString(16).padStart(2, '0');
  return `${a}${c.slice(5, 7)}${c.slice(3, 5)}${c.slice(1, 3)}`;
}

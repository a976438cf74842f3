// Foreign feature properties ⇄ DrawingShape: words, style, our own fields, and everything else kept as `extra`.
import type { Feature, Geometry, Position } from 'geojson';
import { DRAWING_KINDS, kindForGeometry, STEPPE_PROPS, type DrawingKind, type DrawingShape } from './model';
import { readStyle, STYLE_KEYS, writeStyle } from './style';
import { hasActiveContent, htmlToText, looksLikeHtml } from './html-text';

const OWN_KEYS = new Set<string>(['name', 'title', 'description', ...Object.values(STEPPE_PROPS)]);

export interface ShapeReadNotes {
  /** The description was HTML and was turned into plain text. */
  htmlStripped: boolean;
  /** The description held a script or a javascript: link (now inert text). */
  activeContent: boolean;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** togeojson gives `{ "@type": "html", value }` for CDATA descriptions; others give strings. */
function description(value: unknown, notes: ShapeReadNotes, htmlAware: boolean): string {
  const html = typeof value === 'object' && value !== null && (value as { '@type'?: unknown })['@type'] === 'html';
  const raw = html ? text((value as { value?: unknown }).value) : text(value);
  if (!htmlAware && !html) return raw;
  if (hasActiveContent(raw)) notes.activeContent = true;
  if (html || looksLikeHtml(raw)) {
    const plain = htmlToText(raw);
    if (plain !== raw) notes.htmlStripped = true;
    return plain;
  }
  return raw;
}

function kind(value: unknown, geometry: Geometry): DrawingKind {
  const own = (DRAWING_KINDS as readonly string[]).includes(String(value)) ? (value as DrawingKind) : undefined;
  const natural = kindForGeometry(geometry);
  // Trust our own kind only where the geometry fits it.
  if (own === 'circle' || own === 'freehand') return natural === 'polygon' ? own : natural;
  if (own === 'text') return natural === 'point' ? own : natural;
  return natural;
}

function center(value: unknown): Position | undefined {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map(Number) : [];
  return parts.length === 2 && parts.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (parts as Position) : undefined;
}

/**
 * Reads properties of an already-checked geometry. With `htmlAware` (KML from other tools) descriptions that look
 * like HTML become plain text; files we wrote ourselves (they carry steppe:kind) hold plain text already.
 */
export function readShape(geometry: Geometry, properties: Record<string, unknown> | null, notes: ShapeReadNotes, htmlAware = false): DrawingShape {
  const props = properties ?? {};
  const ours = typeof props[STEPPE_PROPS.kind] === 'string';
  const shapeKind = kind(props[STEPPE_PROPS.kind], geometry);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!OWN_KEYS.has(key) && !STYLE_KEYS.has(key) && key !== '__proto__') extra[key] = value;
  }
  const shape: DrawingShape = {
    kind: shapeKind,
    geometry,
    name: text(props.name ?? props.title).slice(0, 500),
    description: description(props.description, notes, htmlAware && !ours).slice(0, 20_000),
    style: readStyle(props),
    extra,
  };
  if (shapeKind === 'circle') {
    const r = Number(props[STEPPE_PROPS.radiusKm]);
    if (Number.isFinite(r) && r > 0) shape.radiusKm = r;
    shape.center = center(props[STEPPE_PROPS.center]);
  }
  return shape;
}

/** DrawingShape → GeoJSON Feature with simplestyle properties. Unknown extras come first so ours win. */
export function shapeToFeature(shape: DrawingShape, id?: string): Feature {
  const properties: Record<string, unknown> = {
    ...shape.extra,
    name: shape.name,
    ...(shape.description ? { description: shape.description } : {}),
    ...writeStyle(shape.style),
    [STEPPE_PROPS.kind]: shape.kind,
  };
  if (shape.kind === 'circle' && shape.radiusKm !== undefined) properties[STEPPE_PROPS.radiusKm] = shape.radiusKm;
  if (shape.kind === 'circle' && shape.center) properties[STEPPE_PROPS.center] = shape.center;
  return { type: 'Feature', ...(id ? { id } : {}), geometry: shape.geometry, properties };
}

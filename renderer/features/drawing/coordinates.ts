// Shapes typed as coordinates, for people drawing without a pointer: "lat, lon" pairs, one per line or
// separated by ';'. Pure: text in, shapes or the first problem out (nothing is created on a problem).
import type { Position } from 'geojson';
import type { DrawingShape, DrawingStyle } from '../../../shared/interchange';

export type TypedKind = 'point' | 'line' | 'polygon';
export const TYPED_KINDS: readonly TypedKind[] = ['point', 'line', 'polygon'];

/** What was wrong, with the 1-based entry number so the message can point at it. */
export type CoordinateProblem =
  | { code: 'empty' }
  | { code: 'unreadable'; entry: number; text: string }
  | { code: 'latitude'; entry: number; value: number; swapped: boolean }
  | { code: 'longitude'; entry: number; value: number }
  | { code: 'tooFew'; kind: TypedKind; needed: number; got: number };

export type ParsedCoordinates = { ok: true; positions: Position[] } | { ok: false; problem: CoordinateProblem };

const NUMBER = String.raw`[-+−]?\d+(?:\.\d+)?`;
// "47.9, 106.9", "47.9 106.9", "47.9°, 106.9°" (a comma, spaces or both between the two numbers).
const PAIR = new RegExp(String.raw`^(${NUMBER})\s*°?\s*(?:,\s*|\s+)(${NUMBER})\s*°?$`);
const toNumber = (s: string) => Number(s.replace('−', '-'));

/** Reads "lat, lon" entries into GeoJSON positions ([lon, lat]). */
export function parseCoordinates(text: string): ParsedCoordinates {
  const entries = text.split(/[;\n]+/).map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return { ok: false, problem: { code: 'empty' } };
  const positions: Position[] = [];
  for (const [i, entry] of entries.entries()) {
    const match = PAIR.exec(entry);
    if (!match) return { ok: false, problem: { code: 'unreadable', entry: i + 1, text: entry.slice(0, 60) } };
    const lat = toNumber(match[1]);
    const lon = toNumber(match[2]);
    // Mongolia's longitudes (87…120) are beyond any latitude, so a swapped pair is the likely mistake.
    if (Math.abs(lat) > 90) return { ok: false, problem: { code: 'latitude', entry: i + 1, value: lat, swapped: Math.abs(lon) <= 90 } };
    if (Math.abs(lon) > 180) return { ok: false, problem: { code: 'longitude', entry: i + 1, value: lon } };
    positions.push([lon, lat]);
  }
  return { ok: true, positions };
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Distinct corners: a polygon typed with its first corner repeated at the end counts that corner once. */
function distinct(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of positions) if (!out.some((q) => same(p, q))) out.push(p);
  return out;
}

export type TypedShapes = { ok: true; shapes: DrawingShape[] } | { ok: false; problem: CoordinateProblem };

/** The shapes typed coordinates make: one point per pair, or one line or polygon through them all. */
export function shapesFromText(text: string, kind: TypedKind, style: DrawingStyle): TypedShapes {
  const parsed = parseCoordinates(text);
  if (!parsed.ok) return parsed;
  const { positions } = parsed;
  const base = { name: '', description: '', style, extra: {} };
  if (kind === 'point') return { ok: true, shapes: positions.map((p) => ({ ...base, kind, geometry: { type: 'Point', coordinates: p } })) };
  if (kind === 'line') {
    if (distinct(positions).length < 2) return { ok: false, problem: { code: 'tooFew', kind, needed: 2, got: distinct(positions).length } };
    return { ok: true, shapes: [{ ...base, kind, geometry: { type: 'LineString', coordinates: positions } }] };
  }
  const corners = same(positions[0], positions[positions.length - 1]) && positions.length > 1 ? positions.slice(0, -1) : positions;
  if (distinct(corners).length < 3) return { ok: false, problem: { code: 'tooFew', kind, needed: 3, got: distinct(corners).length } };
  return { ok: true, shapes: [{ ...base, kind, geometry: { type: 'Polygon', coordinates: [[...corners, corners[0]]] } }] };
}

/** A point where the map's centre is (rounded to ~1 m so the stored numbers stay readable). */
export function pointAt(center: { lng: number; lat: number }, style: DrawingStyle): DrawingShape {
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return { kind: 'point', geometry: { type: 'Point', coordinates: [round(center.lng), round(center.lat)] }, name: '', description: '', style, extra: {} };
}

// Test support: Natural Earth 1:50m land and countries (world-atlas) with point-in-polygon lookups.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json';
import land50 from 'world-atlas/land-50m.json';
import type { Position } from './schema/pack';

type Ring = Position[];
interface Shape { id: string; polygons: Ring[][]; bbox: [number, number, number, number] }

function shapesOf(topology: Topology, key: string): Shape[] {
  const fc = feature(topology, topology.objects[key] as GeometryCollection) as unknown as {
    features: Array<{ id?: string | number; geometry: { type: string; coordinates: unknown } | null }>;
  };
  return fc.features.flatMap((f) => {
    if (!f.geometry) return [];
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
    const all = polygons.flat(2);
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    return [{ id: String(f.id ?? ''), polygons, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] }];
  });
}

function inRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inShape(p: Position, s: Shape): boolean {
  if (p[0] < s.bbox[0] || p[0] > s.bbox[2] || p[1] < s.bbox[1] || p[1] > s.bbox[3]) return false;
  return s.polygons.some(([outer, ...holes]) => inRing(p, outer) && !holes.some((h) => inRing(p, h)));
}

const LAND = shapesOf(land50 as unknown as Topology, 'land');
const COUNTRIES = shapesOf(countries50 as unknown as Topology, 'countries');

/** ISO 3166 numeric → alpha-2 for the countries our corridors cross. */
const ISO_NUMERIC: Record<string, string> = {
  '496': 'MN', '156': 'CN', '643': 'RU', '398': 'KZ', '031': 'AZ', '268': 'GE', '642': 'RO', '410': 'KR', '392': 'JP', '408': 'KP',
  '417': 'KG', '051': 'AM', '795': 'TM', '792': 'TR', '804': 'UA',
};

export function isLand(p: Position): boolean {
  return LAND.some((s) => inShape(p, s));
}

/** Alpha-2 code of the country containing the point, "??" for another country, null at sea. */
export function countryAt(p: Position): string | null {
  const s = COUNTRIES.find((c) => inShape(p, c));
  return s ? (ISO_NUMERIC[s.id] ?? '??') : null;
}

/** Points every `stepKm` along a line (straight in lon/lat between vertices; fine at these scales). */
export function samplePoints(line: readonly Position[], stepKm: number, distKm: (a: Position, b: Position) => number): Position[] {
  const out: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const n = Math.max(1, Math.ceil(distKm(a, b) / stepKm));
    for (let k = 0; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  out.push(line[line.length - 1]);
  return out;
}

// Small spherical-geometry helpers used by validation, the content build and corridor analysis.
import type { Position } from './schema/pack';

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Great-circle distance in km between two [lon, lat] positions. */
export function haversineKm(a: Position, b: Position): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length in km of a line through the positions, summing great-circle legs. */
export function lineLengthKm(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += haversineKm(line[i - 1], line[i]);
  return total;
}

/** Points along the great circle from a to b, about every `stepKm`, both ends included (for air routes). */
export function greatCirclePoints(a: Position, b: Position, stepKm = 100): Position[] {
  const d = haversineKm(a, b) / EARTH_RADIUS_KM;
  const n = Math.max(1, Math.ceil((d * EARTH_RADIUS_KM) / stepKm));
  const [lon1, lat1, lon2, lat2] = [rad(a[0]), rad(a[1]), rad(b[0]), rad(b[1])];
  const out: Position[] = [a];
  for (let i = 1; i < n; i++) {
    const f = i / n;
    const A = Math.sin((1 - f) * d) / Math.sin(d);
    const B = Math.sin(f * d) / Math.sin(d);
    const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2);
    const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2);
    const z = A * Math.sin(lat1) + B * Math.sin(lat2);
    const lat = deg(Math.atan2(z, Math.sqrt(x * x + y * y)));
    const lon = deg(Math.atan2(y, x));
    out.push([Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]);
  }
  out.push(b);
  return out;
}

/** Index of the first vertex at or after `from` within `toleranceKm` of `point`, or -1. */
export function findVertexNear(line: readonly Position[], point: Position, from: number, toleranceKm: number): number {
  for (let i = from; i < line.length; i++) if (haversineKm(line[i], point) <= toleranceKm) return i;
  return -1;
}

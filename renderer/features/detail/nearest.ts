// Distances from a deposit to the transport network: the nearest corridor line and border crossing.
import { haversineKm, type Corridor, type Facility, type Position } from '../../../shared/pack';

/** Great-circle distance from p to the segment a–b, in km (local equirectangular projection; fine below ~1000 km). */
export function distanceToSegmentKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return haversineKm(p, [(ax + t * dx) / k, ay + t * dy]);
}

export function nearestCorridor(p: Position, corridors: readonly Corridor[]): { corridor: Corridor; km: number } | undefined {
  let best: { corridor: Corridor; km: number } | undefined;
  for (const corridor of corridors) {
    if (corridor.mode === 'air' || corridor.mode === 'sea') continue;
    for (let i = 1; i < corridor.geometry.length; i++) {
      const km = distanceToSegmentKm(p, corridor.geometry[i - 1], corridor.geometry[i]);
      if (!best || km < best.km) best = { corridor, km };
    }
  }
  return best;
}

export function nearestFacility(p: Position, facilities: readonly Facility[], kind: Facility['kind']): { facility: Facility; km: number } | undefined {
  let best: { facility: Facility; km: number } | undefined;
  for (const facility of facilities) {
    if (facility.kind !== kind) continue;
    const km = haversineKm(p, [facility.location.lon, facility.location.lat]);
    if (!best || km < best.km) best = { facility, km };
  }
  return best;
}

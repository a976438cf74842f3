// Checks foreign geometries before they reach the map: numbers, ranges, ring closure, vertex budget.
import type { Geometry, Position } from 'geojson';

export type GeometryIssue =
  | { code: 'not-a-geometry' }
  | { code: 'unsupported-type'; type: string }
  | { code: 'bad-position'; value: string }
  | { code: 'out-of-range'; lon: number; lat: number }
  | { code: 'too-few-positions'; type: string }
  | { code: 'ring-not-closed' };

type Check = { ok: true; geometry: Geometry } | { ok: false; issue: GeometryIssue };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function position(value: unknown): Position | GeometryIssue {
  if (!Array.isArray(value) || value.length < 2 || value.length > 4 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return { code: 'bad-position', value: JSON.stringify(value)?.slice(0, 40) ?? String(value) };
  }
  const [lon, lat] = value as number[];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { code: 'out-of-range', lon, lat };
  return value.length === 2 ? [lon, lat] : (value.slice(0, 3) as Position);
}

function positions(value: unknown, min: number, type: string): Position[] | GeometryIssue {
  if (!Array.isArray(value)) return { code: 'not-a-geometry' };
  if (value.length < min) return { code: 'too-few-positions', type };
  const out: Position[] = [];
  for (const v of value) {
    const p = position(v);
    if (!Array.isArray(p)) return p;
    out.push(p);
  }
  return out;
}

function ring(value: unknown): Position[] | GeometryIssue {
  const r = positions(value, 4, 'Polygon');
  if (!Array.isArray(r)) return r;
  const [a, b] = [r[0], r[r.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) return { code: 'ring-not-closed' };
  return r;
}

function polygon(value: unknown): Position[][] | GeometryIssue {
  if (!Array.isArray(value) || value.length === 0) return { code: 'too-few-positions', type: 'Polygon' };
  const out: Position[][] = [];
  for (const v of value) {
    const r = ring(v);
    if (!Array.isArray(r)) return r;
    out.push(r);
  }
  return out;
}

function many<T>(value: unknown, each: (v: unknown) => T | GeometryIssue, type: string): T[] | GeometryIssue {
  if (!Array.isArray(value) || value.length === 0) return { code: 'too-few-positions', type };
  const out: T[] = [];
  for (const v of value) {
    const r = each(v);
    if (isObject(r) && 'code' in r) return r as GeometryIssue;
    out.push(r as T);
  }
  return out;
}

const wrap = (geometry: Geometry): Check => ({ ok: true, geometry });
const fail = (issue: GeometryIssue): Check => ({ ok: false, issue });
const isIssue = (v: unknown): v is GeometryIssue => isObject(v) && 'code' in v;

/** Validates a geometry from `unknown`, dropping any foreign members and altitude past the third number. */
export function checkGeometry(value: unknown, depth = 0): Check {
  if (!isObject(value) || typeof value.type !== 'string') return fail({ code: 'not-a-geometry' });
  const c = value.coordinates;
  switch (value.type) {
    case 'Point': {
      const p = position(c);
      return Array.isArray(p) ? wrap({ type: 'Point', coordinates: p }) : fail(p);
    }
    case 'MultiPoint': {
      const p = positions(c, 1, 'MultiPoint');
      return isIssue(p) ? fail(p) : wrap({ type: 'MultiPoint', coordinates: p });
    }
    case 'LineString': {
      const p = positions(c, 2, 'LineString');
      return isIssue(p) ? fail(p) : wrap({ type: 'LineString', coordinates: p });
    }
    case 'MultiLineString': {
      const p = many(c, (v) => positions(v, 2, 'LineString'), 'MultiLineString');
      return isIssue(p) ? fail(p) : wrap({ type: 'MultiLineString', coordinates: p });
    }
    case 'Polygon': {
      const p = polygon(c);
      return isIssue(p) ? fail(p) : wrap({ type: 'Polygon', coordinates: p });
    }
    case 'MultiPolygon': {
      const p = many(c, polygon, 'MultiPolygon');
      return isIssue(p) ? fail(p) : wrap({ type: 'MultiPolygon', coordinates: p });
    }
    case 'GeometryCollection': {
      if (depth > 2 || !Array.isArray(value.geometries) || value.geometries.length === 0) return fail({ code: 'not-a-geometry' });
      const geometries: Geometry[] = [];
      for (const g of value.geometries) {
        const r = checkGeometry(g, depth + 1);
        if (!r.ok) return r;
        geometries.push(r.geometry);
      }
      return wrap({ type: 'GeometryCollection', geometries });
    }
    default:
      return fail({ code: 'unsupported-type', type: value.type.slice(0, 40) });
  }
}

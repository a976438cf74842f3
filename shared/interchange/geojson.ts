// GeoJSON in (any FeatureCollection, Feature or bare geometry) and out (simplestyle properties).
import type { FeatureCollection } from 'geojson';
import { z } from 'zod';
import { collectShapes, type ForeignFeature } from './collect';
import type { ImportLimits } from './limits';
import type { DrawingShape } from './model';
import type { ImportResult } from './result';
import { shapeToFeature } from './shape';

const Properties = z.record(z.string(), z.unknown()).nullable().catch(null);
const FeatureLike = z.object({ type: z.literal('Feature'), geometry: z.unknown(), properties: Properties.optional() });
const CollectionLike = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
  name: z.string().optional(),
});
const GeometryLike = z.object({ type: z.string(), coordinates: z.unknown().optional(), geometries: z.unknown().optional() });

function toForeign(value: unknown): ForeignFeature | undefined {
  const f = FeatureLike.safeParse(value);
  if (f.success) return { geometry: f.data.geometry, properties: f.data.properties ?? null };
  return undefined;
}

/** Parses GeoJSON text into shapes (no style defaults beyond ours; unknown properties kept). */
export function readGeoJson(text: string, fallbackName: string, limits: ImportLimits): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { code: 'malformed-json', detail: (e as Error).message.slice(0, 200) } };
  }
  let features: ForeignFeature[];
  let layerName = fallbackName;
  const collection = CollectionLike.safeParse(json);
  if (collection.success) {
    // A feature that is not even Feature-shaped counts as skipped, like one with a bad geometry.
    features = collection.data.features.map((f) => toForeign(f) ?? { geometry: null, properties: null });
    if (collection.data.name) layerName = collection.data.name;
  } else {
    const single = toForeign(json);
    if (single) features = [single];
    else if (GeometryLike.safeParse(json).success) features = [{ geometry: json, properties: null }];
    else return { ok: false, problem: { code: 'not-geojson' } };
  }
  const collected = collectShapes(features, limits);
  if (!collected.ok) return collected;
  return { ok: true, preview: { format: 'geojson', layerName, shapes: collected.shapes, vertices: collected.vertices, warnings: collected.warnings } };
}

/** Shapes → a GeoJSON FeatureCollection (RFC 7946 plus a top-level "name", as QGIS and uMap write). */
export function writeGeoJson(shapes: Array<DrawingShape & { id?: string }>, name: string): FeatureCollection & { name: string } {
  return { type: 'FeatureCollection', name, features: shapes.map((s) => shapeToFeature(s, s.id)) };
}

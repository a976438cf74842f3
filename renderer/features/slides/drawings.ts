// The drawings a slide shows: every shape in the drawing layers that were visible when it was captured.
// Exports and the audience window draw these themselves (they have no drawing editor or layer list).
import type { DrawingShape } from '../../../shared/interchange';
import { db } from '../../db';
import type { DrawingFeatureInput } from '../../map/drawing';

const isShape = (shape: unknown): shape is DrawingShape =>
  !!shape && typeof shape === 'object' && 'geometry' in shape && 'style' in shape && typeof (shape as { kind?: unknown }).kind === 'string';

export async function loadSlideDrawings(layerIds: readonly string[]): Promise<DrawingFeatureInput[]> {
  if (layerIds.length === 0) return [];
  const records = await db.drawings.where('layerId').anyOf([...layerIds]).toArray();
  return records
    .filter((r) => isShape(r.shape))
    .sort((a, b) => (a.createdAt ?? a.updatedAt).localeCompare(b.createdAt ?? b.updatedAt))
    .map((r) => ({ id: r.id, shape: r.shape! }));
}

/** Changes whenever one of those drawings is added, edited or removed (for caching exported pictures). */
export async function slideDrawingsStamp(layerIds: readonly string[]): Promise<string> {
  if (layerIds.length === 0) return '';
  const records = await db.drawings.where('layerId').anyOf([...layerIds]).toArray();
  return records.map((r) => `${r.id}@${r.updatedAt}`).sort().join(',');
}

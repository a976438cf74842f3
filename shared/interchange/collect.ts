// Shared by the GeoJSON and KML readers: checks each foreign feature, keeps the good ones within budget.
import { checkGeometry } from './geometry';
import { countVertices, type DrawingShape } from './model';
import { readShape, type ShapeReadNotes } from './shape';
import type { ImportLimits } from './limits';
import { emptyWarnings, type ImportProblem, type ImportWarnings } from './result';

export interface ForeignFeature {
  geometry: unknown;
  properties: Record<string, unknown> | null;
}

export type Collected = { ok: true; shapes: DrawingShape[]; vertices: number; warnings: ImportWarnings } | { ok: false; problem: ImportProblem };

export function collectShapes(features: ForeignFeature[], limits: ImportLimits, htmlAware = false): Collected {
  if (features.length > limits.maxFeatures) return { ok: false, problem: { code: 'too-many-features', count: features.length, limit: limits.maxFeatures } };
  const warnings = emptyWarnings();
  const shapes: DrawingShape[] = [];
  let vertices = 0;
  for (const feature of features) {
    if (feature.geometry === null || feature.geometry === undefined) {
      warnings.skipped++;
      continue;
    }
    // Count before checking, so a 10⁶-vertex file is refused without walking it twice.
    const rough = roughCount(feature.geometry, limits.maxVertices - vertices);
    if (vertices + rough > limits.maxVertices) {
      return { ok: false, problem: { code: 'too-many-vertices', count: vertices + rough, limit: limits.maxVertices } };
    }
    const checked = checkGeometry(feature.geometry);
    if (!checked.ok) {
      warnings.skipped++;
      warnings.firstIssue ??= checked.issue;
      continue;
    }
    vertices += countVertices(checked.geometry);
    const notes: ShapeReadNotes = { htmlStripped: false, activeContent: false };
    shapes.push(readShape(checked.geometry, feature.properties, notes, htmlAware));
    if (notes.htmlStripped) warnings.htmlStripped++;
    if (notes.activeContent) warnings.activeContent++;
  }
  if (shapes.length === 0) return { ok: false, problem: { code: 'no-valid-features', skipped: warnings.skipped, firstIssue: warnings.firstIssue } };
  return { ok: true, shapes, vertices, warnings };
}

/** Counts array leaves of depth ≥ 1 in `coordinates` without trusting the type; stops past the budget. */
function roughCount(geometry: unknown, budget: number): number {
  if (typeof geometry !== 'object' || geometry === null) return 0;
  const g = geometry as { coordinates?: unknown; geometries?: unknown };
  if (Array.isArray(g.geometries)) {
    let n = 0;
    for (const child of g.geometries) {
      n += roughCount(child, budget - n);
      if (n > budget) break;
    }
    return n;
  }
  let n = 0;
  const walk = (v: unknown, depth = 0): void => {
    if (n > budget || !Array.isArray(v) || depth > 5) return;
    if (v.length > 0 && typeof v[0] === 'number') {
      n++;
      return;
    }
    for (const child of v) walk(child, depth + 1);
  };
  walk(g.coordinates);
  return n;
}

// What the map shows in its current view, as a list: the map's text alternative for screen readers and the way
// to pick a feature without a pointer. Reads the same filtered data and layer toggles the layers draw from.
import type { Corridor, Deposit, Facility, LocalizedName, Position } from '../../../shared/pack';
import type { SelectionKind } from '../../store/map';

/** West-south and east-north corners of the view, [lon, lat]. */
export type ViewBounds = [[number, number], [number, number]];

export interface VisibleFeature {
  kind: SelectionKind;
  id: string;
  name: LocalizedName;
  /** Where "show on map" flies to: the point, or the middle of the corridor's part in view. */
  lonLat: [number, number];
}

export interface VisibleInput {
  /** Deposits the current filters let through. */
  deposits: readonly Deposit[];
  facilities: readonly Facility[];
  corridors: readonly Corridor[];
  layers: { deposits: boolean; nodes: boolean; corridors: boolean };
}

const inside = ([lon, lat]: readonly number[], [[w, s], [e, n]]: ViewBounds) => lon >= w && lon <= e && lat >= s && lat <= n;

/** Whether segment a–b crosses segment c–d (proper or touching). */
function crosses(a: Position, b: Position, c: Position, d: Position): boolean {
  const side = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) <= 0 && side(c, d, a) * side(c, d, b) <= 0;
}

/** A corridor is in view when a vertex is, or when one of its legs passes through the view without stopping. */
function corridorInView(line: readonly Position[], bounds: ViewBounds): Position | undefined {
  const within = line.filter((p) => inside(p, bounds));
  if (within.length) return within[Math.floor(within.length / 2)];
  const [[w, s], [e, n]] = bounds;
  const edges: Array<[Position, Position]> = [[[w, s], [e, s]], [[e, s], [e, n]], [[e, n], [w, n]], [[w, n], [w, s]]];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    if (edges.some(([c, d]) => crosses(a, b, c, d))) return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  }
  return undefined;
}

const KIND_ORDER: Record<SelectionKind, number> = { deposit: 0, facility: 1, corridor: 2 };

/** Everything drawn inside `bounds`, deposits first, then nodes and corridors, each by name in `language`. */
export function visibleFeatures(input: VisibleInput, bounds: ViewBounds, language: string): VisibleFeature[] {
  const out: VisibleFeature[] = [];
  if (input.layers.deposits) {
    for (const d of input.deposits) {
      const at: [number, number] = [d.location.lon, d.location.lat];
      if (inside(at, bounds)) out.push({ kind: 'deposit', id: d.id, name: d.name, lonLat: at });
    }
  }
  if (input.layers.nodes) {
    // As the node layer draws them: mine sites sit under their deposit and are drawn only where a corridor starts.
    const onCorridor = new Set(input.corridors.flatMap((c) => c.nodeIds));
    for (const f of input.facilities) {
      if (f.kind === 'mine-site' && !onCorridor.has(f.id)) continue;
      const at: [number, number] = [f.location.lon, f.location.lat];
      if (inside(at, bounds)) out.push({ kind: 'facility', id: f.id, name: f.name, lonLat: at });
    }
  }
  if (input.layers.corridors) {
    for (const c of input.corridors) {
      const at = corridorInView(c.geometry, bounds);
      if (at) out.push({ kind: 'corridor', id: c.id, name: c.name, lonLat: [at[0], at[1]] });
    }
  }
  const collator = new Intl.Collator(language);
  const label = (f: VisibleFeature) => (f.name as Record<string, string | undefined>)[language] ?? f.name.en;
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(label(a), label(b)));
}

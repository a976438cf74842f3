// Builds the multimodal corridor network from pack content: facilities and deposits become nodes; corridor legs,
// deposit access roads, short transfers and assumed onward legs become edges with length, time and cost.
import { haversineKm, lineLengthKm, type Corridor, type Deposit, type Facility, type LocalizedName, type Position } from '../pack';
import {
  ASSUMED_GATEWAYS, ASSUMED_LEGS, BORDER_PAIR_MAX_KM, MODE_ASSUMPTIONS, ROAD_DETOUR_FACTOR, TRANSFER_MAX_KM,
  type LegMode,
} from './assumptions';

/** The pack collections the network is built from (arrays from a pack file or from the database alike). */
export interface NetworkInput {
  deposits: readonly Deposit[];
  facilities: readonly Facility[];
  corridors: readonly Corridor[];
}

export type NodeKind = 'facility' | 'deposit' | 'assumed-gateway';

export interface NetworkNode {
  index: number;
  id: string;
  kind: NodeKind;
  /** Facility kind (port, border-crossing…) or 'deposit'. */
  detail: string;
  country: string;
  position: Position;
  name: LocalizedName;
}

/** Where an edge's length lies, for transit shares: a country code, or 'sea' / 'air' for open water and airspace. */
export type Region = string;

export type EdgeKind = 'corridor' | 'access' | 'transfer' | 'assumed';
/** Status used by scenario filters; access, transfer and assumed legs count as operating. */
export type EdgeStatus = Corridor['status'];

export interface NetworkEdge {
  index: number;
  a: number;
  b: number;
  mode: LegMode;
  kind: EdgeKind;
  km: number;
  hours: number;
  usdPerTonne: number;
  status: EdgeStatus;
  corridorId?: string;
  /** Fractions of the edge's length in each region; they sum to 1. */
  regions: ReadonlyArray<readonly [Region, number]>;
  crossesBorder: boolean;
  geometry: Position[];
  confidence: 'high' | 'medium' | 'low';
  capacity?: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Edge indexes touching each node. */
  adjacency: number[][];
  nodeIndex: ReadonlyMap<string, number>;
  /** Deposits in the network, in pack order. */
  depositIds: readonly string[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function facilityPosition(f: Facility): Position {
  return [f.location.lon, f.location.lat];
}

/**
 * Splits a corridor line into one piece per leg by finding, in order, the vertex nearest to each node.
 * The pack guarantees the line passes within 2 km of each node, in travel order.
 */
export function splitAtNodes(line: readonly Position[], nodes: readonly Position[]): Position[][] {
  const cut: number[] = [0];
  for (let n = 1; n < nodes.length - 1; n++) {
    let best = cut[cut.length - 1];
    let bestKm = Infinity;
    for (let i = cut[cut.length - 1]; i < line.length; i++) {
      const km = haversineKm(line[i], nodes[n]);
      if (km < bestKm) [best, bestKm] = [i, km];
    }
    cut.push(best);
  }
  cut.push(line.length - 1);
  const pieces: Position[][] = [];
  for (let k = 1; k < cut.length; k++) {
    const piece = line.slice(cut[k - 1], cut[k] + 1);
    pieces.push(piece.length >= 2 ? piece : [nodes[k - 1], nodes[k]]);
  }
  return pieces;
}

/**
 * Where a land leg's length lies. Same country: all there. A border post stands on the line, so a leg from an
 * inland point to the other country's post lies in the inland point's country. Otherwise half each side.
 */
function landRegions(from: NetworkNode, to: NetworkNode): Array<[Region, number]> {
  if (from.country === to.country) return [[from.country, 1]];
  const fromPost = from.detail === 'border-crossing';
  const toPost = to.detail === 'border-crossing';
  if (toPost && !fromPost) return [[from.country, 1]];
  if (fromPost && !toPost) return [[to.country, 1]];
  return [[from.country, 0.5], [to.country, 0.5]];
}

interface EdgeSpec {
  a: number; b: number; mode: LegMode; kind: EdgeKind; km: number; status: EdgeStatus; corridorId?: string;
  geometry: Position[]; confidence: NetworkEdge['confidence']; capacity?: string;
}

export function buildNetwork(input: NetworkInput): Network {
  const nodes: NetworkNode[] = [];
  const nodeIndex = new Map<string, number>();
  const edges: NetworkEdge[] = [];
  const facilities = new Map(input.facilities.map((f) => [f.id, f]));
  const addNode = (node: Omit<NetworkNode, 'index'>) => {
    const existing = nodeIndex.get(node.id);
    if (existing !== undefined) return existing;
    const index = nodes.length;
    nodes.push({ ...node, index });
    nodeIndex.set(node.id, index);
    return index;
  };
  const addFacility = (f: Facility) =>
    addNode({ id: f.id, kind: 'facility', detail: f.kind, country: f.country, position: facilityPosition(f), name: f.name });
  const linked = new Set<string>();
  const addEdge = (spec: EdgeSpec) => {
    const from = nodes[spec.a];
    const to = nodes[spec.b];
    const { kmPerHour, usdPerTonneKm } = MODE_ASSUMPTIONS[spec.mode];
    const regions: Array<[Region, number]> = spec.mode === 'sea' || spec.mode === 'air' ? [[spec.mode, 1]] : landRegions(from, to);
    const km = round1(spec.km);
    edges.push({
      ...spec,
      index: edges.length,
      km,
      hours: km / kmPerHour,
      usdPerTonne: km * usdPerTonneKm,
      regions,
      crossesBorder: from.country !== to.country,
    });
    linked.add(`${spec.a}|${spec.b}`).add(`${spec.b}|${spec.a}`);
  };

  // Corridor legs: consecutive node pairs, length shared out along the drawn line.
  for (const corridor of input.corridors) {
    const legNodes = corridor.nodeIds.map((id) => facilities.get(id));
    if (legNodes.some((f) => f === undefined)) continue; // validation reports dangling ids; skip rather than guess
    const fs = legNodes as Facility[];
    const pieces = splitAtNodes(corridor.geometry, fs.map(facilityPosition));
    const drawnKm = pieces.map((p) => lineLengthKm(p));
    const drawnTotal = drawnKm.reduce((s, x) => s + x, 0);
    const scale = corridor.lengthKm && drawnTotal > 0 ? corridor.lengthKm / drawnTotal : 1;
    for (let i = 1; i < fs.length; i++) {
      const mode: LegMode = corridor.mode === 'multimodal' ? corridor.legModes?.[i - 1] ?? 'rail' : corridor.mode;
      const km = drawnKm[i - 1] > 0 ? drawnKm[i - 1] * scale : haversineKm(facilityPosition(fs[i - 1]), facilityPosition(fs[i]));
      addEdge({
        a: addFacility(fs[i - 1]), b: addFacility(fs[i]), mode, kind: 'corridor', km, status: corridor.status,
        corridorId: corridor.id, geometry: pieces[i - 1], confidence: corridor.confidence, capacity: corridor.capacity,
      });
    }
  }
  const networkFacilities = nodes.slice();

  // Transfers: junctions a short truck ride apart in one country, and facing border posts.
  for (let i = 0; i < networkFacilities.length; i++) {
    for (let j = i + 1; j < networkFacilities.length; j++) {
      const [p, q] = [networkFacilities[i], networkFacilities[j]];
      if (linked.has(`${p.index}|${q.index}`)) continue;
      const km = haversineKm(p.position, q.position);
      const sameCountry = p.country === q.country;
      const borderPair = !sameCountry && (p.detail === 'border-crossing' || q.detail === 'border-crossing') && km <= BORDER_PAIR_MAX_KM;
      if ((sameCountry && km <= TRANSFER_MAX_KM) || borderPair) {
        addEdge({
          a: p.index, b: q.index, mode: 'road', kind: 'transfer', km: Math.max(1, km * ROAD_DETOUR_FACTOR),
          status: 'operating', geometry: [p.position, q.position], confidence: 'medium',
        });
      }
    }
  }

  // Deposit access: by road to the facilities serving it, to the nearest network point and to the nearest railhead.
  const mongolian = networkFacilities.filter((n) => n.country === 'MN');
  const railheads = new Set<number>();
  for (const e of edges) {
    if (e.mode === 'rail' && e.status === 'operating') {
      if (nodes[e.a].country === 'MN') railheads.add(e.a);
      if (nodes[e.b].country === 'MN') railheads.add(e.b);
    }
  }
  const depositIds: string[] = [];
  for (const deposit of input.deposits) {
    const position: Position = [deposit.location.lon, deposit.location.lat];
    const d = addNode({ id: deposit.id, kind: 'deposit', detail: 'deposit', country: 'MN', position, name: deposit.name });
    depositIds.push(deposit.id);
    const targets = new Set<number>();
    for (const f of input.facilities) {
      const n = nodeIndex.get(f.id);
      if (n !== undefined && nodes[n].kind === 'facility' && f.depositIds?.includes(deposit.id)) targets.add(n);
    }
    const nearest = (pool: Iterable<NetworkNode>) => {
      let best: NetworkNode | undefined;
      let bestKm = Infinity;
      for (const n of pool) {
        const km = haversineKm(position, n.position);
        if (km < bestKm) [best, bestKm] = [n, km];
      }
      return best;
    };
    const near = nearest(mongolian);
    if (near) targets.add(near.index);
    const rail = nearest([...railheads].map((i) => nodes[i]));
    if (rail) targets.add(rail.index);
    for (const t of targets) {
      addEdge({
        a: d, b: t, mode: 'road', kind: 'access', km: Math.max(1, haversineKm(position, nodes[t].position) * ROAD_DETOUR_FACTOR),
        status: 'operating', geometry: [position, nodes[t].position], confidence: 'low',
      });
    }
  }

  // Assumed onward legs to gateways the pack does not hold.
  for (const g of ASSUMED_GATEWAYS) {
    addNode({ id: g.id, kind: 'assumed-gateway', detail: g.kind, country: g.country, position: g.position, name: g.name });
  }
  for (const leg of ASSUMED_LEGS) {
    const a = nodeIndex.get(leg.from);
    const b = nodeIndex.get(leg.to);
    if (a === undefined || b === undefined || nodes[a].kind === 'deposit') continue;
    addEdge({
      a, b, mode: leg.mode, kind: 'assumed', km: leg.km, status: 'operating',
      geometry: [nodes[a].position, nodes[b].position], confidence: 'low',
    });
  }

  const adjacency: number[][] = nodes.map(() => []);
  for (const e of edges) {
    adjacency[e.a].push(e.index);
    adjacency[e.b].push(e.index);
  }
  return { nodes, edges, adjacency, nodeIndex, depositIds };
}

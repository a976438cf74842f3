// Shortest routes on the corridor network: one Dijkstra from a partner's destinations reaches every deposit at once.
// The search state is (node, mode of the leg just used) so that changing mode costs handling time and money.
import FlatQueue from 'flatqueue';
import { BORDER_CROSSING, TRANSSHIPMENT, type LegMode } from './assumptions';
import type { Network, NetworkEdge } from './network';
import type { Objective } from './scenario';

const MODES: readonly LegMode[] = ['rail', 'road', 'sea', 'air'];
/** States per node: 0 = at the start (no leg yet), 1 + index in MODES. */
const STATES = MODES.length + 1;
const modeState = (mode: LegMode) => 1 + MODES.indexOf(mode);

/** Which edges and nodes a search may use. */
export interface SearchFilter {
  edgeAllowed: (edge: NetworkEdge) => boolean;
  nodeAllowed: (node: number) => boolean;
}

export interface SearchTree {
  network: Network;
  objective: Objective;
  cost: Float64Array;
  /** Previous state on the way to the destination, or -1 at a destination. */
  next: Int32Array;
  /** Edge taken from this state towards the destination, or -1. */
  nextEdge: Int32Array;
}

function edgeWeight(edge: NetworkEdge, objective: Objective): number {
  switch (objective) {
    case 'distance': return edge.km;
    case 'time': return edge.hours + (edge.crossesBorder ? BORDER_CROSSING.hours : 0);
    case 'cost': return edge.usdPerTonne + (edge.crossesBorder ? BORDER_CROSSING.usdPerTonne : 0);
  }
}

function handlingWeight(objective: Objective): number {
  return objective === 'distance' ? 0 : objective === 'time' ? TRANSSHIPMENT.hours : TRANSSHIPMENT.usdPerTonne;
}

/**
 * Dijkstra from all destination nodes outwards. Edges are two-way with equal weights, so the tree read from a
 * deposit back to a destination is the deposit's best route. Deposits are end points: nothing passes through them.
 */
export function searchFrom(network: Network, destinations: readonly number[], objective: Objective, filter: SearchFilter): SearchTree {
  const n = network.nodes.length * STATES;
  const cost = new Float64Array(n).fill(Infinity);
  const next = new Int32Array(n).fill(-1);
  const nextEdge = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const queue = new FlatQueue<number>();
  const handling = handlingWeight(objective);
  for (const d of destinations) {
    if (!filter.nodeAllowed(d)) continue;
    cost[d * STATES] = 0;
    queue.push(d * STATES, 0);
  }
  while (queue.length > 0) {
    const state = queue.pop() as number;
    if (done[state]) continue;
    done[state] = 1;
    const node = Math.floor(state / STATES);
    const arrivedBy = state % STATES;
    if (network.nodes[node].kind === 'deposit') continue;
    for (const e of network.adjacency[node]) {
      const edge = network.edges[e];
      if (!filter.edgeAllowed(edge)) continue;
      const other = edge.a === node ? edge.b : edge.a;
      if (!filter.nodeAllowed(other)) continue;
      const m = modeState(edge.mode);
      const w = edgeWeight(edge, objective) + (arrivedBy !== 0 && arrivedBy !== m ? handling : 0);
      const target = other * STATES + m;
      const c = cost[state] + w;
      if (c < cost[target]) {
        cost[target] = c;
        next[target] = state;
        nextEdge[target] = e;
        queue.push(target, c);
      }
    }
  }
  return { network, objective, cost, next, nextEdge };
}

/** The best state at a node, or -1 when the node cannot be reached. */
export function bestState(tree: SearchTree, node: number): number {
  let best = -1;
  for (let s = node * STATES; s < node * STATES + STATES; s++) {
    if (tree.cost[s] < (best < 0 ? Infinity : tree.cost[best])) best = s;
  }
  return best;
}

export function reachable(tree: SearchTree, node: number): boolean {
  return bestState(tree, node) >= 0;
}

/** Edge indexes from the node to the destination, in travel order; empty when unreachable. */
export function pathFrom(tree: SearchTree, node: number): number[] {
  const path: number[] = [];
  let s = bestState(tree, node);
  while (s >= 0 && tree.nextEdge[s] >= 0) {
    path.push(tree.nextEdge[s]);
    s = tree.next[s];
  }
  return path;
}

/** Totals of a path in all three measures, handling and border costs included. */
export function pathTotals(network: Network, path: readonly number[]): { km: number; hours: number; usdPerTonne: number } {
  let km = 0;
  let hours = 0;
  let usd = 0;
  let previous: LegMode | null = null;
  for (const e of path) {
    const edge = network.edges[e];
    km += edge.km;
    hours += edgeWeight(edge, 'time');
    usd += edgeWeight(edge, 'cost');
    if (previous !== null && previous !== edge.mode) {
      hours += TRANSSHIPMENT.hours;
      usd += TRANSSHIPMENT.usdPerTonne;
    }
    previous = edge.mode;
  }
  return { km, hours, usdPerTonne: usd };
}

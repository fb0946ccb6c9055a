// Layout set-up: simulation nodes and links from a wire graph, parallel edges fanned out,
// and a seeded force layout that runs headless (no DOM), so the same data gives the same picture.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import { LIMITS } from '../../../server/domain/limits';
import type { GraphEdge, GraphNode, SerializedGraph } from '../../../server/domain/model';
import { placeNewNodes, seedAroundHubs, type PlacedLink, type PlacedNode } from './placement';

export { placeNewNodes, seedAroundHubs };

export interface LayoutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly data: GraphNode;
  degree: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  readonly id: string;
  readonly data: GraphEdge;
  source: LayoutNode;
  target: LayoutNode;
  /** Bend of this edge: 0 for a lone edge, spread ± for edges that share a pair of nodes. */
  readonly curve: number;
}

/** A linear congruential generator in [0, 1), as d3-force's own: seeded, reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * Curvature for each edge: edges between the same two nodes (either direction) are spread
 * symmetrically, signed relative to one canonical direction so opposite edges don't overlap.
 * A self-relation's value is its index among its node's loops (drawn nested, `loopShape`).
 */
export function curvatures(edges: readonly GraphEdge[]): Map<string, number> {
  const groups = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const pair =
      e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const list = groups.get(pair);
    if (list) list.push(e);
    else groups.set(pair, [e]);
  }
  const out = new Map<string, number>();
  for (const list of groups.values()) {
    list.forEach((e, i) => {
      // Self-relations: the curvature is the loop's place among its node's loops (0, 1, ...).
      if (e.source === e.target) {
        out.set(e.key, i);
        return;
      }
      const spread = i - (list.length - 1) / 2;
      const sign = e.source < e.target ? 1 : -1;
      out.set(e.key, spread * sign);
    });
  }
  return out;
}

/** Simulation nodes and links for a graph; edges whose ends are missing are left out. */
export function buildLayoutGraph(graph: SerializedGraph): {
  nodes: LayoutNode[];
  links: LayoutLink[];
} {
  const nodes = graph.nodes.map((n): LayoutNode => ({ id: n.key, data: n, degree: 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const curve = curvatures(graph.edges);
  const links: LayoutLink[] = [];
  for (const e of graph.edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target) continue;
    source.degree += 1;
    target.degree += 1;
    links.push({ id: e.key, data: e, source, target, curve: curve.get(e.key) ?? 0 });
  }
  return { nodes, links };
}

/** The seed every layout uses unless told otherwise: the same data gives the same picture. */
export const LAYOUT_SEED = 42;

/** Ticks a layout runs unless told otherwise (a fresh large one runs fewer: `freshTicks`). */
export const DEFAULT_TICKS = 300;

export interface LayoutOptions {
  readonly seed?: number;
  readonly ticks?: number;
  /** Positions kept from an earlier layout: those nodes start there and the rest start beside a placed neighbour. */
  readonly initial?: ReadonlyMap<string, { x: number; y: number }>;
  /** Nodes the reader pinned: held at their `initial` position, during and after the layout. */
  readonly pinned?: ReadonlySet<string>;
  /**
   * Node-ticks a fresh layout may spend (`freshTicks`): `LAYOUT_BUDGET` on the main thread;
   * the worker, which never blocks the page, may spend `Infinity` (every tick asked for).
   */
  readonly budget?: number;
}

/** Node-ticks a fresh layout may spend: beyond `LAYOUT_BUDGET / ticks` nodes, fewer ticks. */
export const LAYOUT_BUDGET = 36000;
/** The fewest ticks a fresh layout runs, however large. */
const MIN_TICKS = 40;

/** How many ticks a fresh layout of `size` nodes runs, at most `ticks`. */
export function freshTicks(size: number, ticks: number, budget = LAYOUT_BUDGET): number {
  return Math.max(Math.min(ticks, MIN_TICKS), Math.min(ticks, Math.round(budget / size)));
}

/** Ticks a grown graph runs: only its new nodes move, from their spiral places. */
export const GROWTH_TICKS = 12;

/** A layout ready to run: tick `simulation` `ticks` times (at once or in steps), then `release()`. */
export interface LayoutPlan<N extends SimulationNodeDatum> {
  readonly simulation: Simulation<N, undefined>;
  readonly ticks: number;
  /** Lets the nodes held while new ones settled move again (pinned ones stay held). */
  release(): void;
}

/**
 * The one seeded layout, for the main thread (`runLayout`) and the layout worker
 * (`layout-job.ts`): start positions (seeded; kept and pinned ones stay put; a large fresh layout
 * places the best-connected entities first, each with its neighbours around it), the simulation,
 * and how many ticks settle it. With `initial` positions, the nodes that have one are held
 * while only the new ones settle (`GROWTH_TICKS`), so what the reader saw does not move.
 */
export function planLayout<N extends PlacedNode & SimulationNodeDatum>(
  nodes: N[],
  links: PlacedLink<N>[],
  options: LayoutOptions = {},
): LayoutPlan<N> {
  const {
    seed = LAYOUT_SEED,
    ticks = DEFAULT_TICKS,
    initial = new Map(),
    pinned = new Set(),
  } = options;
  const random = seededRandom(seed);
  const steps = freshTicks(nodes.length, ticks, options.budget);
  if (initial.size === 0 && steps < ticks) seedAroundHubs(nodes, links, random);
  placeNewNodes(nodes, links, initial, random);
  for (const n of nodes) {
    if (!pinned.has(n.id) || !initial.has(n.id)) continue;
    n.fx = n.x;
    n.fy = n.y;
  }
  const simulation = createSimulation(nodes, links as SimulationLinkDatum<N>[], random);
  const none = { simulation, ticks: 0, release: () => undefined };
  if (initial.size === 0) {
    // 1. A large fresh layout starts from spirals around the hubs, so fewer ticks settle it: the
    // work (nodes times ticks) stays within a budget, cooled to the same end. Small ones as ever.
    if (steps < ticks) simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / steps));
    return { ...none, ticks: steps };
  }
  // 2. A graph that only grew: kept nodes are held where they were while the new ones settle.
  const settled = nodes.length > 0 && nodes.every((n) => initial.has(n.id));
  simulation.alpha(settled ? 0 : 0.3);
  if (settled) return none;
  const held = nodes.filter((n) => initial.has(n.id) && n.fx == null);
  for (const n of held) {
    n.fx = n.x;
    n.fy = n.y;
  }
  return {
    simulation,
    ticks: Math.min(ticks, GROWTH_TICKS),
    release() {
      for (const n of held) {
        n.fx = null;
        n.fy = null;
      }
    },
  };
}

/** Places nodes around (0, 0) by running `planLayout` headless on this thread; returns its simulation. */
export function runLayout(nodes: LayoutNode[], links: LayoutLink[], options: LayoutOptions = {}) {
  const plan = planLayout(nodes, links, options);
  plan.simulation.tick(plan.ticks);
  plan.release();
  return plan.simulation;
}

/** Above this many nodes the layout uses lighter forces (no collision, shorter links). */
export const LARGE_GRAPH = LIMITS.largeGraph;

/**
 * The force simulation, stopped (callers tick it): links pull, bodies repel, collision keeps
 * labels apart, a weak pull to the centre. Large graphs get lighter forces so a layout settles
 * in seconds. Shared by the in-page layout and the layout worker.
 */
export function createSimulation<N extends SimulationNodeDatum & { id: string }>(
  nodes: N[],
  links: SimulationLinkDatum<N>[],
  random: () => number,
) {
  const large = nodes.length > LARGE_GRAPH;
  const simulation = forceSimulation(nodes)
    .randomSource(random)
    .force(
      'link',
      // A self-relation pulls a node towards itself: no force, it is only drawn (a loop).
      forceLink<N, SimulationLinkDatum<N>>(links.filter((l) => l.source !== l.target))
        .id((n) => n.id)
        .distance(large ? 30 : 150)
        .strength(large ? 0.5 : 0.25),
    )
    .force(
      'charge',
      forceManyBody<N>()
        .strength(large ? -30 : -700)
        .theta(large ? 1.2 : 0.9),
    )
    .force('x', forceX<N>(0).strength(0.05))
    .force('y', forceY<N>(0).strength(0.05))
    .stop();
  if (!large) simulation.force('collide', forceCollide<N>(48));
  return simulation;
}

// What the Canvas view paints from, built once per graph (pure): entities and facts as typed
// arrays by index, the best-connected first for labels, colour batches; and the display state
// (display-state.ts) turned into index lists a frame paints without looking anything up.
import type { GraphEdge, SerializedGraph } from '../../../server/domain/model';
import type { Selection } from '../explorer/view-state';
import { batchByColour, loopIndices } from './canvas-detail';
import type { DisplayState } from './display-state';
import { LIMITS } from '../../../server/domain/limits';
import { prominentIds } from './prominence';
import { KIND_STYLES } from './style';
import { edgeTitle, nodeTitle } from './titles';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';

/** An entity's position in layout units; `index` is its place in `CanvasScene.ids`. */
export interface ScenePoint {
  readonly index: number;
  x: number;
  y: number;
}

/** A graph as the Canvas view holds it: entity `i` is `ids[i]`, fact `j` runs sources[j] → targets[j]. */
export interface CanvasScene {
  readonly graph: SerializedGraph;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** The facts whose two ends are drawn, in graph order. */
  readonly edges: readonly GraphEdge[];
  readonly keys: readonly string[];
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** For a self-relation, its place among its entity's loops (0, 1, ...); -1 for other edges. */
  readonly loops: Int32Array;
  /** Facts per entity, by index. */
  readonly degree: Int32Array;
  /** Entity indices, best-connected first, ties in index order (labels are drawn in this order). */
  readonly byDegree: Int32Array;
  readonly batches: readonly { colour: string; indices: Int32Array }[];
}

/** A graph with nothing in it (a Canvas view before its first update). */
export const EMPTY_GRAPH: SerializedGraph = {
  attributes: { sources: {} },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [],
  edges: [],
};

/**
 * Entity indices by degree, highest first, ties in index order: the order a stable sort by
 * descending degree gives, by counting (linear: degrees are small integers).
 */
export function byDegreeOf(degree: Int32Array): Int32Array {
  let max = 0;
  for (const d of degree) if (d > max) max = d;
  const starts = new Int32Array(max + 2);
  for (const d of degree) starts[max - d + 1] = (starts[max - d + 1] ?? 0) + 1;
  for (let i = 1; i < starts.length; i += 1) starts[i] = (starts[i] ?? 0) + (starts[i - 1] ?? 0);
  const order = new Int32Array(degree.length);
  degree.forEach((d, i) => {
    const slot = starts[max - d] ?? 0;
    order[slot] = i;
    starts[max - d] = slot + 1;
  });
  return order;
}

/** The scene of `graph`: facts whose ends are missing are left out. Plain loops: 10,000s of elements. */
export function sceneOf(graph: SerializedGraph): CanvasScene {
  const count = graph.nodes.length;
  const ids = new Array<string>(count);
  const colours = new Array<string>(count);
  const index = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const node = graph.nodes[i];
    if (!node) continue;
    ids[i] = node.key;
    colours[i] = KIND_STYLES[node.attributes.kind].color;
    index.set(node.key, i);
  }
  const edges: GraphEdge[] = [];
  const keys: string[] = [];
  const ends: number[] = [];
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    edges.push(e);
    keys.push(e.key);
    ends.push(s, t);
  }
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const degree = new Int32Array(count);
  for (let j = 0; j < edges.length; j += 1) {
    const s = ends[2 * j] ?? 0;
    const t = ends[2 * j + 1] ?? 0;
    sources[j] = s;
    targets[j] = t;
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
  }
  return {
    ...{ graph, ids, index, edges, keys, sources, targets, degree },
    loops: loopIndices(sources, targets),
    byDegree: byDegreeOf(degree),
    batches: batchByColour(colours),
  };
}

/** A display state by index: what a frame paints apart from the plain entities and facts. */
export interface SceneMarks {
  /** Entities ringed: selected, highlighted or hovered. */
  readonly marked: readonly number[];
  readonly pinned: readonly number[];
  /** Facts drawn in the mark colour: selected or highlighted. */
  readonly markedEdges: readonly number[];
  /** Whether anything is dimmed (an entity is hovered); then `near` and `nearEdges` are not. */
  readonly dimming: boolean;
  readonly near: readonly number[];
  readonly nearEdges: readonly number[];
  /** 1 where an entity's label is shown. */
  readonly labelled: Uint8Array;
  /** The labelled entities in the order labels are painted: marked first, then by degree. */
  readonly labelOrder: Int32Array;
  /** Whether facts' labels are shown. */
  readonly edgeLabels: boolean;
  /** The selected element, as "entity:ID" or "fact:ID" (for tests and assistive checks). */
  readonly selected: string;
}

/** A display state with nothing marked and no label (a new graph's, until computed). */
export const NO_DISPLAY: DisplayState = { nodes: new Map(), edges: new Map() };

/** The display state of `scene`'s elements as index lists. */
export function marksOf(scene: CanvasScene, display: DisplayState): SceneMarks {
  const marked: number[] = [];
  const pinned: number[] = [];
  const near: number[] = [];
  const labelled = new Uint8Array(scene.ids.length);
  let dimming = false;
  let selected = '';
  scene.ids.forEach((id, i) => {
    const d = display.nodes.get(id);
    if (!d) return;
    if (d.selected || d.highlighted || d.hovered) marked.push(i);
    if (d.selected) selected = `entity:${id}`;
    if (d.pinned) pinned.push(i);
    if (d.dimmed) dimming = true;
    else near.push(i);
    if (d.label) labelled[i] = 1;
  });
  const markedEdges: number[] = [];
  const nearEdges: number[] = [];
  let edgeLabels = false;
  scene.keys.forEach((key, i) => {
    const d = display.edges.get(key);
    if (!d) return;
    if (d.selected || d.highlighted) markedEdges.push(i);
    if (d.selected) selected = `fact:${key}`;
    if (!d.dimmed) nearEdges.push(i);
    if (d.label) edgeLabels = true;
  });
  const labelOrder = labelOrderOf(scene, marked, labelled);
  return {
    ...{ marked, pinned, markedEdges, dimming, near, nearEdges, labelled, labelOrder },
    ...{ edgeLabels, selected },
  };
}

/** The labelled entities, marked first (in their order), then the rest best-connected first. */
function labelOrderOf(
  scene: CanvasScene,
  marked: readonly number[],
  labelled: Uint8Array,
): Int32Array {
  const order: number[] = [];
  const first = new Set<number>();
  for (const i of marked) {
    if (labelled[i] !== 1 || first.has(i)) continue;
    first.add(i);
    order.push(i);
  }
  for (const i of scene.byDegree) if (labelled[i] === 1 && !first.has(i)) order.push(i);
  return Int32Array.from(order);
}

/** An entity or a fact of the scene, by index (what lies under the pointer). */
export type SceneHit = { readonly kind: 'entity' | 'fact'; readonly index: number } | undefined;

/** The selection a click on `hit` makes. */
export function selectionOf(scene: CanvasScene, hit: SceneHit): Selection | undefined {
  if (!hit) return undefined;
  if (hit.kind === 'entity') return { kind: 'entity', id: scene.ids[hit.index] ?? '' };
  return { kind: 'fact', id: scene.keys[hit.index] ?? '' };
}

/** What the tooltip says of `hit`, as the SVG view's titles (titles.ts); empty for nothing. */
export function titleOf(scene: CanvasScene, hit: SceneHit, factTypes: FactTypeLookup): string {
  const node = hit?.kind === 'entity' ? scene.graph.nodes[hit.index] : undefined;
  if (node) return nodeTitle(node);
  const edge = hit?.kind === 'fact' ? scene.edges[hit.index] : undefined;
  const name = (id: string): string =>
    scene.graph.nodes[scene.index.get(id) ?? -1]?.attributes.name ?? id;
  return edge ? edgeTitle(edge, name, factTypes) : '';
}

/** The entities whose labels stay readable at any zoom (`prominentIds`: hubs, then by degree). */
export function prominentOf(
  scene: CanvasScene,
  count: number = LIMITS.prominentLabels,
): Set<string> {
  // Only entities at least as connected as the count-th best (ties included) can make the cut
  // besides the hubs: the same result as sorting all of them.
  const hubs = scene.graph.attributes.hubs ?? [];
  const least = scene.degree[scene.byDegree[count - 1] ?? -1] ?? 0;
  const taken = new Set<number>();
  for (const i of scene.byDegree) {
    if ((scene.degree[i] ?? 0) < least) break;
    taken.add(i);
  }
  for (const id of hubs) {
    const i = scene.index.get(id);
    if (i !== undefined) taken.add(i);
  }
  const nodes = [...taken].map((i) => ({ id: scene.ids[i] ?? '', degree: scene.degree[i] ?? 0 }));
  return new Set(prominentIds(nodes, hubs, count));
}

/**
 * The points of a new scene, each where the same entity was in the old one (`old`, `points`),
 * and what the layout worker is sent of them: kept positions (NaN for new entities) and pins.
 */
export function carryOver(
  scene: CanvasScene,
  old: CanvasScene,
  points: readonly ScenePoint[],
  pinnedIds: ReadonlySet<string>,
): { points: ScenePoint[]; positions: Float32Array; pinned: Uint8Array } {
  const positions = new Float32Array(scene.ids.length * 2).fill(Number.NaN);
  const pinned = new Uint8Array(scene.ids.length);
  const next = scene.ids.map((id, i) => {
    const at = points[old.index.get(id) ?? -1];
    if (at) positions.set([at.x, at.y], 2 * i);
    if (pinnedIds.has(id)) pinned[i] = 1;
    return { index: i, x: at?.x ?? 0, y: at?.y ?? 0 };
  });
  return { points: next, positions, pinned };
}

/** Moves each point to its place in `positions`, (x, y) pairs by index (a layout's progress). */
export function movePoints(points: readonly ScenePoint[], positions: Float32Array): void {
  for (const point of points) {
    point.x = positions[2 * point.index] ?? 0;
    point.y = positions[2 * point.index + 1] ?? 0;
  }
}

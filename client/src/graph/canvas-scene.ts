// What the Canvas view paints from, built once per graph (pure): entities and facts as typed
// arrays by index, the best-connected first for labels, colour batches; and the display state
// (display-state.ts) turned into index lists a frame paints without looking anything up.
import type { GraphEdge, SerializedGraph } from '../../../server/domain/model';
import type { Selection } from '../explorer/view-state';
import { drain, type Steps } from './chunked';
import type { DisplayState } from './display-state';
import { LIMITS } from '../../../server/domain/limits';
import { prominentIds } from './prominence';
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

/** Elements looked up between two places a `marksSteps` may pause. */
const MARK_STEP = 1000;

/** A display state with nothing marked and no label (a new graph's, until computed). */
export const NO_DISPLAY: DisplayState = { nodes: new Map(), edges: new Map() };

/** The display state of `scene`'s elements as index lists (`marksSteps` at once). */
export function marksOf(scene: CanvasScene, display: DisplayState): SceneMarks {
  return drain(marksSteps(scene, display));
}

/** The display state of `scene`'s elements as index lists, in steps of `every` elements. */
export function* marksSteps(
  scene: CanvasScene,
  display: DisplayState,
  every: number = MARK_STEP,
): Steps<SceneMarks> {
  const marked: number[] = [];
  const pinned: number[] = [];
  const near: number[] = [];
  const labelled = new Uint8Array(scene.ids.length);
  let dimming = false;
  let selected = '';
  for (let i = 0; i < scene.ids.length; i += 1) {
    if ((i + 1) % every === 0) yield;
    const id = scene.ids[i] ?? '';
    const d = display.nodes.get(id);
    if (!d) continue;
    if (d.selected || d.highlighted || d.hovered) marked.push(i);
    if (d.selected) selected = `entity:${id}`;
    if (d.pinned) pinned.push(i);
    if (d.dimmed) dimming = true;
    else near.push(i);
    if (d.label) labelled[i] = 1;
  }
  const markedEdges: number[] = [];
  const nearEdges: number[] = [];
  let edgeLabels = false;
  for (let i = 0; i < scene.keys.length; i += 1) {
    if ((i + 1) % every === 0) yield;
    const key = scene.keys[i] ?? '';
    const d = display.edges.get(key);
    if (!d) continue;
    if (d.selected || d.highlighted) markedEdges.push(i);
    if (d.selected) selected = `fact:${key}`;
    if (!d.dimmed) nearEdges.push(i);
    if (d.label) edgeLabels = true;
  }
  const labelOrder = yield* labelOrderSteps(scene, marked, labelled, every);
  return {
    ...{ marked, pinned, markedEdges, dimming, near, nearEdges, labelled, labelOrder },
    ...{ edgeLabels, selected },
  };
}

/** The labelled entities, marked first (in their order), then the rest best-connected first. */
function* labelOrderSteps(
  scene: CanvasScene,
  marked: readonly number[],
  labelled: Uint8Array,
  every: number,
): Steps<Int32Array> {
  const order = new Int32Array(scene.ids.length);
  let count = 0;
  const first = new Uint8Array(scene.ids.length);
  for (const i of marked) {
    if (labelled[i] !== 1 || first[i] === 1) continue;
    first[i] = 1;
    order[count++] = i;
  }
  for (let k = 0; k < scene.byDegree.length; k += 1) {
    if ((k + 1) % every === 0) yield;
    const i = scene.byDegree[k] ?? 0;
    if (labelled[i] === 1 && first[i] !== 1) order[count++] = i;
  }
  return order.slice(0, count);
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

/** Moves each point to its place in `positions`, (x, y) pairs by index (a layout's progress). */
export function movePoints(points: readonly ScenePoint[], positions: Float32Array): void {
  for (const point of points) {
    point.x = positions[2 * point.index] ?? 0;
    point.y = positions[2 * point.index + 1] ?? 0;
  }
}

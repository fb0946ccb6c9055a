// Building the Canvas view's scene (canvas-scene.ts) from a graph, and carrying positions over
// from the last one, as steps (chunked.ts): a large graph's build is split over tasks, a small
// one's taken at once (`sceneOf`). Typed arrays over per-element objects, for less garbage.
import type { GraphEdge, SerializedGraph } from '../../../server/domain/model';
import { batchByColour, loopIndices } from './canvas-detail';
import type { CanvasScene, ScenePoint } from './canvas-scene';
import { drain, type Steps } from './chunked';
import { KIND_STYLES } from './style';

/** Elements (entities or facts) handled between two places a build may pause. */
export const STEP_ELEMENTS = 500;

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

/**
 * The scene of `graph` in steps of `every` elements: facts whose ends are missing are left out.
 * The same scene as `sceneOf`, which takes every step at once.
 */
export function* sceneSteps(
  graph: SerializedGraph,
  every: number = STEP_ELEMENTS,
): Steps<CanvasScene> {
  const count = graph.nodes.length;
  const ids = new Array<string>(count);
  const colours = new Array<string>(count);
  const index = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const node = graph.nodes[i];
    if (node) {
      ids[i] = node.key;
      colours[i] = KIND_STYLES[node.attributes.kind].color;
      index.set(node.key, i);
    }
    if ((i + 1) % every === 0) yield;
  }
  const edges: GraphEdge[] = [];
  const keys: string[] = [];
  const all = new Int32Array(graph.edges.length * 2);
  for (let j = 0; j < graph.edges.length; j += 1) {
    const e = graph.edges[j];
    const s = e && index.get(e.source);
    const t = e && index.get(e.target);
    if (e && s !== undefined && t !== undefined) {
      all[2 * edges.length] = s;
      all[2 * edges.length + 1] = t;
      edges.push(e);
      keys.push(e.key);
    }
    if ((j + 1) % every === 0) yield;
  }
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const degree = new Int32Array(count);
  for (let j = 0; j < edges.length; j += 1) {
    const s = all[2 * j] ?? 0;
    const t = all[2 * j + 1] ?? 0;
    sources[j] = s;
    targets[j] = t;
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    if ((j + 1) % (4 * every) === 0) yield;
  }
  yield;
  const loops = loopIndices(sources, targets);
  yield;
  const byDegree = byDegreeOf(degree);
  yield;
  const batches = batchByColour(colours);
  yield;
  return { graph, ids, index, edges, keys, sources, targets, degree, loops, byDegree, batches };
}

/** The scene of `graph` (`sceneSteps` at once): facts whose ends are missing are left out. */
export function sceneOf(graph: SerializedGraph): CanvasScene {
  return drain(sceneSteps(graph));
}

/** A new scene's points and what the layout worker is sent of them. */
export interface CarriedOver {
  readonly points: ScenePoint[];
  /** Kept positions as (x, y) pairs by index, NaN for new entities. */
  readonly positions: Float32Array;
  /** 1 where the entity is pinned. */
  readonly pinned: Uint8Array;
}

/**
 * The points of a new scene, each where the same entity was in the old one (`old`, `points`),
 * and what the layout worker is sent of them, in steps of `every` entities.
 */
export function* carryOverSteps(
  scene: CanvasScene,
  old: CanvasScene,
  points: readonly ScenePoint[],
  pinnedIds: ReadonlySet<string>,
  every: number = STEP_ELEMENTS,
): Steps<CarriedOver> {
  const count = scene.ids.length;
  const positions = new Float32Array(count * 2).fill(Number.NaN);
  const pinned = new Uint8Array(count);
  const next = new Array<ScenePoint>(count);
  for (let i = 0; i < count; i += 1) {
    const id = scene.ids[i] ?? '';
    const at = points[old.index.get(id) ?? -1];
    if (at) {
      positions[2 * i] = at.x;
      positions[2 * i + 1] = at.y;
    }
    if (pinnedIds.has(id)) pinned[i] = 1;
    next[i] = { index: i, x: at?.x ?? 0, y: at?.y ?? 0 };
    if ((i + 1) % every === 0) yield;
  }
  return { points: next, positions, pinned };
}

/** `carryOverSteps` at once. */
export function carryOver(
  scene: CanvasScene,
  old: CanvasScene,
  points: readonly ScenePoint[],
  pinnedIds: ReadonlySet<string>,
): CarriedOver {
  return drain(carryOverSteps(scene, old, points, pinnedIds));
}

/** A new graph's scene, and its points when its entities differ from the last scene's. */
export interface NextScene {
  readonly scene: CanvasScene;
  /** Undefined when the entities and drawn facts are the last scene's (no new layout). */
  readonly carried: CarriedOver | undefined;
}

/**
 * The scene of `graph` after `old` (drawn at `points`, `pinnedIds` held), in steps: positions are
 * carried over only when the entities or the number of drawn facts changed.
 */
export function* nextSceneSteps(
  graph: SerializedGraph,
  old: CanvasScene,
  points: readonly ScenePoint[],
  pinnedIds: ReadonlySet<string>,
): Steps<NextScene> {
  const sameNodes =
    graph.nodes.length === old.ids.length && graph.nodes.every((n, i) => n.key === old.ids[i]);
  const scene = yield* sceneSteps(graph);
  if (sameNodes && scene.sources.length === old.sources.length)
    return { scene, carried: undefined };
  yield;
  return { scene, carried: yield* carryOverSteps(scene, old, points, pinnedIds) };
}

// The Canvas view's pointer: what is under it (an entity first, else the nearest fact), click
// to select, double-click to expand, hover to bring forward and name, drag an entity to pin it.
// The drag is registered before the camera's zoom, so a drag that starts on an entity moves the
// entity and one that starts elsewhere pans.
import * as d3 from 'd3';
import { nodeRadius } from './canvas-detail';
import { nearestEdge } from './canvas-hit';
import type { CanvasScene, SceneHit, ScenePoint } from './canvas-scene';

/** What lies under the pointer. */
export type CanvasHit = SceneHit;

/** A fact is under the pointer within this many screen pixels of its line. */
const EDGE_HIT_PX = 5;
/** An entity is under the pointer within this many screen pixels of its centre (or its disc). */
const NODE_HIT_PX = 8;

/**
 * The entity under a point of the canvas (CSS pixels; `quadtree` holds the settled positions),
 * else, when `facts`, the nearest fact within `EDGE_HIT_PX`.
 */
export function hitTest(
  scene: CanvasScene,
  points: readonly ScenePoint[],
  quadtree: d3.Quadtree<ScenePoint>,
  transform: d3.ZoomTransform,
  at: { readonly x: number; readonly y: number; readonly facts: boolean },
): CanvasHit {
  const [x, y] = transform.invert([at.x, at.y]);
  const k = transform.k;
  const node = quadtree.find(x, y, Math.max(NODE_HIT_PX, nodeRadius(k) * k) / k);
  if (node) return { kind: 'entity', index: node.index };
  if (!at.facts) return undefined;
  const edge = nearestEdge({ ...scene, points, radius: nodeRadius(k) }, { x, y }, EDGE_HIT_PX / k);
  return edge === undefined ? undefined : { kind: 'fact', index: edge };
}

/** What the pointer asks of the view and tells it. Positions are in CSS pixels of the canvas. */
export interface PointerTarget {
  hitAt(x: number, y: number, facts: boolean): CanvasHit;
  /** The entity's position on screen (where a drag starts from). */
  screenOf(index: number): { x: number; y: number } | undefined;
  click(hit: CanvasHit): void;
  doubleClick(hit: CanvasHit): void;
  hover(hit: CanvasHit): void;
  /** Whether an entity may be dragged now (not while the layout runs). */
  canDrag(): boolean;
  dragTo(index: number, x: number, y: number): void;
  dragEnd(index: number): void;
}

interface DragSubject {
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/** Wires the pointer of `canvas` to `target`; call before the zoom behaviour is attached. */
export function attachPointer(canvas: HTMLCanvasElement, target: PointerTarget): void {
  const at = (e: MouseEvent): [number, number] => d3.pointer(e, canvas);
  d3.select(canvas).call(
    d3
      .drag<HTMLCanvasElement, unknown, DragSubject | undefined>()
      .container(canvas)
      .subject((event: d3.D3DragEvent<HTMLCanvasElement, unknown, unknown>) => {
        if (!target.canDrag()) return undefined;
        const hit = target.hitAt(event.x, event.y, false);
        const screen = hit ? target.screenOf(hit.index) : undefined;
        return hit && screen ? { index: hit.index, ...screen } : undefined;
      })
      .on('drag', (event: d3.D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
        target.dragTo(event.subject.index, event.x, event.y);
      })
      .on('end', (event: d3.D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
        target.dragEnd(event.subject.index);
      }),
  );
  canvas.addEventListener('click', (e) => {
    target.click(target.hitAt(...at(e), true));
  });
  canvas.addEventListener('dblclick', (e) => {
    target.doubleClick(target.hitAt(...at(e), false));
  });
  canvas.addEventListener('mousemove', (e) => {
    target.hover(target.hitAt(...at(e), true));
  });
  canvas.addEventListener('mouseleave', () => {
    target.hover(undefined);
  });
}

/** What the Canvas view holds now and does on pointer input (for `pointerTargetOf`). */
export interface PointerView {
  /** The scene, its points (layout units), the camera and whether the layout runs. */
  now(): {
    scene: CanvasScene;
    points: readonly ScenePoint[];
    transform: d3.ZoomTransform;
    layingOut: boolean;
  };
  /** The quadtree of the settled points. */
  tree(): d3.Quadtree<ScenePoint>;
  select(hit: CanvasHit): void;
  expand(index: number): void;
  hover(hit: CanvasHit): void;
  /** Entity `index` was dragged to (x, y) in layout units (its point moved already). */
  moved(index: number, x: number, y: number): void;
  /** Entity `index` was dropped where it is (a dragged entity stays pinned, until unpinned). */
  dropped(index: number): void;
}

/** The pointer target of a view: facts are hit and entities dragged only once the layout settled. */
export function pointerTargetOf(view: PointerView): PointerTarget {
  return {
    hitAt: (x, y, facts) => {
      const { scene, points, transform, layingOut } = view.now();
      return hitTest(scene, points, view.tree(), transform, { x, y, facts: facts && !layingOut });
    },
    screenOf: (i) => {
      const { points, transform: t } = view.now();
      const p = points[i];
      return p && { x: t.applyX(p.x), y: t.applyY(p.y) };
    },
    click: (hit) => view.select(hit),
    doubleClick: (hit) => {
      if (hit?.kind === 'entity') view.expand(hit.index);
    },
    hover: (hit) => view.hover(hit),
    canDrag: () => !view.now().layingOut,
    dragTo: (i, x, y) => {
      const { points, transform } = view.now();
      const p = points[i];
      if (!p) return;
      [p.x, p.y] = transform.invert([x, y]);
      view.moved(i, p.x, p.y);
    },
    dragEnd: (i) => {
      if (view.now().points[i]) view.dropped(i);
    },
  };
}

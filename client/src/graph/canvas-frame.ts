// One Canvas frame, painted from the scene, its marks (the display state by index) and the
// palette in two layers: the base (only what is on screen, canvas-detail.ts: edges in one path,
// entities in one path per colour; canvas-cache.ts keeps it while the camera moves) and the
// overlay (what the display state brings forward, rings and a few readable labels).
import { batchByColour, drawAsSquares, nodeRadius, visibleRect } from './canvas-detail';
import { paintLabels } from './canvas-labels';
import { paintEdges, paintEntities, paintRings, type EdgePaint } from './canvas-paint';
import type { CanvasScene, SceneMarks, ScenePoint } from './canvas-scene';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { Palette } from './palette';
import { KIND_STYLES } from './style';

/** Thousands of facts in one colour would cover the entities: they are painted this opaque. */
export const EDGE_ALPHA = 0.35;
/** Elements a hover fades (display state `dimmed`) are painted this opaque, as the SVG view's CSS. */
export const DIMMED_ALPHA = 0.2;

/** A 2D context on a page's canvas or on an OffscreenCanvas (the base-layer worker's). */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The part of a scene the base layer paints (what the base-layer worker is sent of it). */
export type BaseScene = Pick<CanvasScene, 'keys' | 'sources' | 'targets' | 'loops' | 'batches'>;

/** Everything the base layer needs besides the scene (all of it crosses to the worker). */
export interface BaseInput {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly palette: Palette;
  readonly transform: { readonly x: number; readonly y: number; readonly k: number };
  /** The canvas's size in CSS pixels, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  readonly uncertain: ReadonlySet<string>;
  /** While the layout runs, only entities are painted: edges wait for the settled layout. */
  readonly layingOut: boolean;
  /** Whether a hover dims the base layer (`SceneMarks.dimming`). */
  readonly dimming: boolean;
}

/** Everything a frame needs besides the scene: the base layer's input, marks and fact types. */
export interface FrameInput extends BaseInput {
  readonly points: readonly ScenePoint[];
  readonly marks: SceneMarks;
  /** How fact types read on edges (the explorer's registry). */
  readonly factTypes: FactTypeLookup;
}

/** Clears the whole canvas and sets the camera `input.transform` (device pixels: × `ratio`). */
export function beginFrame(ctx: Context2D, input: BaseInput): void {
  const { transform: t, ratio } = input;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, input.width * ratio, input.height * ratio);
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
}

/** What both layers paint with: the visible part of the layout, entities' radius and shape. */
function frameGeometry(scene: BaseScene, input: BaseInput) {
  const t = input.transform;
  const radius = nodeRadius(t.k);
  const view = visibleRect(t, input.width, input.height, radius * 2);
  const edges = {
    ...scene,
    points: input.points,
    uncertain: input.uncertain,
    view,
    radius,
    k: t.k,
  };
  return { t, radius, view, edges, squares: drawAsSquares(radius, t.k) };
}

/**
 * The base layer (after `beginFrame`): every fact on screen, then every entity, faded when a
 * hover dims them. Returns what it painted of the edges (undefined while laying out).
 */
export function paintBase(
  ctx: Context2D,
  scene: BaseScene,
  input: BaseInput,
): EdgePaint | undefined {
  const { t, radius, view, edges, squares } = frameGeometry(scene, input);
  const base = input.dimming ? DIMMED_ALPHA : 1;
  let painted: EdgePaint | undefined;
  if (!input.layingOut) {
    ctx.lineWidth = 0.8 / t.k;
    ctx.strokeStyle = input.palette.edge;
    ctx.globalAlpha = EDGE_ALPHA * base;
    painted = paintEdges(ctx, edges);
  }
  ctx.globalAlpha = base;
  paintEntities(ctx, scene.batches, input.points, view, radius, squares);
  ctx.globalAlpha = 1;
  return painted;
}

/**
 * Edges `from` ≤ i < `to` of the base layer (after `beginFrame`), opaque: a layer painted in
 * steps and laid over the entities' layer at `baseEdgeAlpha` (one composite, so crossings of
 * edges from different steps do not darken).
 */
export function paintEdgeRange(
  ctx: Context2D,
  scene: BaseScene,
  input: BaseInput,
  from: number,
  to: number,
): EdgePaint {
  const { t, edges } = frameGeometry(scene, input);
  ctx.lineWidth = 0.8 / t.k;
  ctx.strokeStyle = input.palette.edge;
  ctx.globalAlpha = 1;
  return paintEdges(ctx, { ...edges, range: [from, to] });
}

/** How opaque the edge layer of `paintEdgeRange` is laid over the base layer. */
export function baseEdgeAlpha(input: BaseInput): number {
  return EDGE_ALPHA * (input.dimming ? DIMMED_ALPHA : 1);
}

/** Every entity on screen of the base layer (after `beginFrame`), faded when a hover dims them. */
export function paintBaseEntities(ctx: Context2D, scene: BaseScene, input: BaseInput): void {
  const { radius, view, squares } = frameGeometry(scene, input);
  ctx.globalAlpha = input.dimming ? DIMMED_ALPHA : 1;
  paintEntities(ctx, scene.batches, input.points, view, radius, squares);
  ctx.globalAlpha = 1;
}

/**
 * What the display state brings forward, painted over the base layer every frame (few
 * elements): a hovered entity's neighbourhood at full strength, marked facts, rings, labels.
 * False when labels were left for later frames (`paintLabels`).
 */
export function paintOverlay(
  ctx: CanvasRenderingContext2D,
  scene: CanvasScene,
  input: FrameInput,
): boolean {
  const { points, marks, palette } = input;
  const { t, radius, view, edges, squares } = frameGeometry(scene, input);
  if (marks.dimming) {
    if (!input.layingOut) {
      ctx.lineWidth = 0.8 / t.k;
      ctx.strokeStyle = palette.edge;
      paintEdges(ctx, { ...edges, only: marks.nearEdges });
    }
    const colours = marks.near.map(
      (i) => KIND_STYLES[scene.graph.nodes[i]?.attributes.kind ?? 'Other'].color,
    );
    const near = batchByColour(colours).map((b) => ({
      colour: b.colour,
      indices: Int32Array.from(b.indices, (j) => marks.near[j] ?? 0),
    }));
    paintEntities(ctx, near, points, view, radius, squares);
  }
  if (!input.layingOut && marks.markedEdges.length > 0) {
    ctx.lineWidth = 3 / t.k;
    ctx.strokeStyle = palette.mark;
    paintEdges(ctx, { ...edges, only: marks.markedEdges });
  }
  paintRings(ctx, points, marks.pinned, radius, t.k, { colour: palette.fg, dashed: true });
  paintRings(ctx, points, marks.marked, radius, t.k, { colour: palette.mark, dashed: false });
  return paintLabels(ctx, scene, input, radius);
}

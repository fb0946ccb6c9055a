// Paints a Canvas frame: edges (straight lines, self-relations as loops with the SVG view's
// curve, geometry.ts, uncertain facts dashed with the SVG view's dash, style.ts), entities by
// colour batch, rings around marked and pinned entities. No state; colours come from the caller
// (the palette, palette.ts, and the kinds' colours, style.ts).
import { inRect, segmentMayCross, type Rect } from './canvas-detail';
import { loopCurve } from './geometry';
import { edgeDash } from './style';

/** What a frame's edges are painted from (layout units; edge `i` runs sources[i] → targets[i]). */
export interface EdgeScene {
  readonly points: readonly ({ x: number; y: number } | undefined)[];
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** For a self-relation, its place among its entity's loops (0, 1, ...); -1 for other edges. */
  readonly loops: Int32Array;
  /** Each edge's fact key. */
  readonly keys: readonly string[];
  /** Fact keys whose standing on the view's day is uncertain. */
  readonly uncertain: ReadonlySet<string>;
  /** The part of the layout on screen: edges wholly outside it are skipped. */
  readonly view: Rect;
  /** An entity's radius in layout units (loops leave its rim). */
  readonly radius: number;
  /** Screen pixels per layout unit (dashes and widths are kept in screen pixels). */
  readonly k: number;
  /** Only these edges (by index), when given: the ones a hover or a selection brings forward. */
  readonly only?: readonly number[];
  /** Only edges `from` ≤ i < `to`, when given (a part of a base layer painted in steps). */
  readonly range?: readonly [from: number, to: number];
}

/** What a frame painted: edges drawn, and the keys of those drawn dashed. */
export interface EdgePaint {
  readonly drawn: number;
  readonly loops: number;
  readonly dashed: readonly string[];
}

/** The drawing calls the painter uses (a CanvasRenderingContext2D has them all). */
export type EdgeContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'bezierCurveTo' | 'stroke' | 'setLineDash'
>;

/** Adds edge `i` to the current path; false when it is off screen. */
function trace(ctx: EdgeContext, scene: EdgeScene, i: number): boolean {
  const a = scene.points[scene.sources[i] ?? 0];
  const b = scene.points[scene.targets[i] ?? 0];
  const loop = scene.loops[i] ?? -1;
  if (a && loop >= 0) {
    if (!inRect(a.x, a.y, scene.view)) return false;
    const { start, c1, c2, end } = loopCurve(a, scene.radius, loop);
    ctx.moveTo(start.x, start.y);
    ctx.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, end.x, end.y);
    return true;
  }
  if (!a || !b || !segmentMayCross(a.x, a.y, b.x, b.y, scene.view)) return false;
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  return true;
}

/**
 * Strokes every edge on screen with the context's stroke style: solid ones in one path, then
 * those `edgeDash` dashes in a second, dashed path (its dash scaled to stay in screen pixels).
 */
export function paintEdges(ctx: EdgeContext, scene: EdgeScene): EdgePaint {
  const later: number[] = [];
  let drawn = 0;
  let loops = 0;
  ctx.setLineDash([]);
  ctx.beginPath();
  const [from, to] = scene.range ?? [0, scene.only?.length ?? scene.sources.length];
  for (let j = from; j < to; j += 1) {
    const i = scene.only ? (scene.only[j] ?? 0) : j;
    if (edgeDash(scene.keys[i] ?? '', scene.uncertain).length > 0) {
      later.push(i);
    } else if (trace(ctx, scene, i)) {
      drawn += 1;
      if ((scene.loops[i] ?? -1) >= 0) loops += 1;
    }
  }
  ctx.stroke();
  const dashed: string[] = [];
  if (later.length > 0) {
    const key = scene.keys[later[0] ?? 0] ?? '';
    ctx.setLineDash(edgeDash(key, scene.uncertain).map((d) => d / scene.k));
    ctx.beginPath();
    for (const i of later) {
      if (!trace(ctx, scene, i)) continue;
      drawn += 1;
      if ((scene.loops[i] ?? -1) >= 0) loops += 1;
      dashed.push(scene.keys[i] ?? '');
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  return { drawn, loops, dashed };
}

type Point = { x: number; y: number } | undefined;

/** Fills the entities on screen, one path per colour batch: discs, or squares when tiny. */
export function paintEntities(
  ctx: Pick<
    CanvasRenderingContext2D,
    'fillStyle' | 'fillRect' | 'beginPath' | 'moveTo' | 'arc' | 'fill'
  >,
  batches: readonly { colour: string; indices: Int32Array }[],
  points: readonly Point[],
  view: Rect,
  radius: number,
  squares: boolean,
): void {
  for (const { colour, indices } of batches) {
    ctx.fillStyle = colour;
    if (squares) {
      // Squares each as a rectangle: Skia fills those without building one path of
      // thousands of parts, several times faster in software raster.
      for (const i of indices) {
        const p = points[i];
        if (p && inRect(p.x, p.y, view))
          ctx.fillRect(p.x - radius, p.y - radius, 2 * radius, 2 * radius);
      }
      continue;
    }
    ctx.beginPath();
    for (const i of indices) {
      const p = points[i];
      if (!p || !inRect(p.x, p.y, view)) continue;
      ctx.moveTo(p.x + radius, p.y);
      ctx.arc(p.x, p.y, radius, 0, 2 * Math.PI);
    }
    ctx.fill();
  }
}

/** How a ring is stroked: its colour, and dashed (pinned entities) or solid (marked ones). */
export interface RingStyle {
  readonly colour: string;
  readonly dashed: boolean;
}

/** Rings the given entities (marked: selected, hovered, highlighted; or pinned); widths in screen pixels. */
export function paintRings(
  ctx: CanvasRenderingContext2D,
  points: readonly Point[],
  indices: Iterable<number>,
  radius: number,
  k: number,
  style: RingStyle,
): void {
  ctx.lineWidth = 2 / k;
  ctx.strokeStyle = style.colour;
  ctx.setLineDash(style.dashed ? [3 / k, 2 / k] : []);
  for (const i of indices) {
    const p = points[i];
    if (!p) continue;
    ctx.beginPath();
    ctx.arc(p.x, p.y, radius * 1.8, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

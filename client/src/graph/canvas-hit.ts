// Which fact lies under the pointer on the Canvas view (pure): the nearest edge within a
// tolerance, straight edges by distance to their segment, self-relations by their loop.
import { loopCurve, type Point } from './geometry';

/** The edges of a Canvas scene (layout units; edge `i` runs sources[i] → targets[i]). */
export interface HitEdges {
  readonly points: readonly ({ readonly x: number; readonly y: number } | undefined)[];
  readonly sources: ArrayLike<number>;
  readonly targets: ArrayLike<number>;
  /** For a self-relation, its place among its entity's loops (0, 1, ...); -1 for other edges. */
  readonly loops: ArrayLike<number>;
  /** An entity's radius in layout units (loops leave its rim). */
  readonly radius: number;
}

/** Distance from `p` to the segment a–b. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Points along a cubic Bézier curve, as a polyline to measure against. */
const LOOP_STEPS = 12;

function loopDistance(p: Point, centre: Point, radius: number, index: number): number {
  const { start, c1, c2, end } = loopCurve(centre, radius, index);
  let best = Infinity;
  let previous = start;
  for (let s = 1; s <= LOOP_STEPS; s += 1) {
    const t = s / LOOP_STEPS;
    const u = 1 - t;
    const q = {
      x: u * u * u * start.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * end.x,
      y: u * u * u * start.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * end.y,
    };
    best = Math.min(best, segmentDistance(p, previous, q));
    previous = q;
  }
  return best;
}

/** The index of the edge nearest to `p` within `tolerance` layout units, or undefined. */
export function nearestEdge(edges: HitEdges, p: Point, tolerance: number): number | undefined {
  let best: number | undefined;
  let bestDistance = tolerance;
  for (let i = 0; i < edges.sources.length; i += 1) {
    const a = edges.points[edges.sources[i] ?? -1];
    const b = edges.points[edges.targets[i] ?? -1];
    if (!a || !b) continue;
    const loop = edges.loops[i] ?? -1;
    if (loop < 0) {
      // Cheap rejection: the point is outside the segment's box grown by the tolerance.
      if (p.x < Math.min(a.x, b.x) - bestDistance || p.x > Math.max(a.x, b.x) + bestDistance)
        continue;
      if (p.y < Math.min(a.y, b.y) - bestDistance || p.y > Math.max(a.y, b.y) + bestDistance)
        continue;
    }
    const d = loop >= 0 ? loopDistance(p, a, edges.radius, loop) : segmentDistance(p, a, b);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

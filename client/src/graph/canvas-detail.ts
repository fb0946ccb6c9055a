// Level of detail for the Canvas view (pure): which part of the layout is on screen, which
// edges can be skipped, and how large and in what shape entities are drawn at a zoom level.

/** A rectangle in layout units. */
export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The part of the layout a `width` × `height` viewport shows under transform `t`, plus `margin` layout units. */
export function visibleRect(
  t: { readonly x: number; readonly y: number; readonly k: number },
  width: number,
  height: number,
  margin = 0,
): Rect {
  return {
    x0: -t.x / t.k - margin,
    y0: -t.y / t.k - margin,
    x1: (width - t.x) / t.k + margin,
    y1: (height - t.y) / t.k + margin,
  };
}

/** Whether a point lies in `r`. */
export function inRect(x: number, y: number, r: Rect): boolean {
  return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
}

/**
 * False when the segment surely misses `r` (both ends beyond the same side); true when it may
 * cross it. Cheap enough for every edge on every frame.
 */
export function segmentMayCross(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  return !(
    (ax < r.x0 && bx < r.x0) ||
    (ax > r.x1 && bx > r.x1) ||
    (ay < r.y0 && by < r.y0) ||
    (ay > r.y1 && by > r.y1)
  );
}

/** An entity's radius in layout units at zoom `k`: grows a little as one zooms out, never under 2.5. */
export function nodeRadius(k: number): number {
  return Math.max(2.5, 4 / Math.sqrt(k));
}

/** Below this radius on screen (CSS pixels) a square and a disc look the same; squares are cheaper. */
export const SQUARE_BELOW_PX = 2;

/** Whether entities of `radius` layout units are drawn as squares at zoom `k`. */
export function drawAsSquares(radius: number, k: number): boolean {
  return radius * k < SQUARE_BELOW_PX;
}

/**
 * Indices of the entities grouped by colour, in first-seen colour order: one fill per colour
 * instead of one per entity. Computed once per graph, not per frame.
 */
export function batchByColour(
  colours: readonly string[],
): { colour: string; indices: Int32Array }[] {
  const groups = new Map<string, number[]>();
  colours.forEach((colour, i) => {
    const list = groups.get(colour);
    if (list) list.push(i);
    else groups.set(colour, [i]);
  });
  return [...groups].map(([colour, list]) => ({ colour, indices: Int32Array.from(list) }));
}

/** Each self-relation's place among its entity's loops (0, 1, ...), -1 for the other edges. */
export function loopIndices(
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
): Int32Array<ArrayBuffer> {
  const loops = new Int32Array(sources.length).fill(-1);
  const seen = new Map<number, number>();
  for (let i = 0; i < sources.length; i += 1) {
    const s = sources[i] ?? 0;
    if (s !== targets[i]) continue;
    const n = seen.get(s) ?? 0;
    loops[i] = n;
    seen.set(s, n + 1);
  }
  return loops;
}

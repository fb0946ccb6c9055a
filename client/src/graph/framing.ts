// Where the camera goes to show everything (fit) or one entity (centre): pure, shared by both
// renderers, so the SVG and the Canvas views frame a graph the same way.

/** A camera: screen = layout × k + (x, y), in CSS pixels. */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Room left around the drawing when fitting, in screen pixels (labels sit beside entities). */
export const FIT_MARGIN = { x: 70, y: 50 } as const;
/** A fit never zooms in further than this (a graph of two entities stays readable, not huge). */
export const FIT_MAX_ZOOM = 2;
/** Centring zooms in to at least this many times the renderer's label zoom, so the label shows. */
export const CENTRE_OVER_LABELS = 1.4;

/**
 * The camera that shows every point in a `width` × `height` viewport with `FIT_MARGIN` around,
 * zoomed in at most to `FIT_MAX_ZOOM`; undefined when there is nothing to fit or no room.
 */
export function fitTransform(
  points: Iterable<{ readonly x: number; readonly y: number }>,
  width: number,
  height: number,
): Camera | undefined {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  if (x0 > x1 || width <= 0 || height <= 0) return undefined;
  const roomX = Math.max(width - 2 * FIT_MARGIN.x, width / 2);
  const roomY = Math.max(height - 2 * FIT_MARGIN.y, height / 2);
  const k = Math.min(FIT_MAX_ZOOM, roomX / (x1 - x0 || 1), roomY / (y1 - y0 || 1));
  return { x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2), k };
}

/**
 * The camera that puts `point` in the middle of the viewport, keeping the zoom `k` unless it is
 * below `CENTRE_OVER_LABELS × labelZoom` (then zooming in to that).
 */
export function centreTransform(
  point: { readonly x: number; readonly y: number },
  width: number,
  height: number,
  k: number,
  labelZoom: number,
): Camera {
  const zoom = Math.max(k, CENTRE_OVER_LABELS * labelZoom);
  return { x: width / 2 - zoom * point.x, y: height / 2 - zoom * point.y, k: zoom };
}

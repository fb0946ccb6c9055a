// Where the camera goes to show everything (fit) or one entity (centre): pure, shared by both
// renderers, so the SVG and the Canvas views frame a graph the same way.

/** A camera: screen = layout × k + (x, y), in CSS pixels. */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Room left around the drawing when fitting, in layout units (labels sit beside entities). */
export const FIT_MARGIN = { x: 80, y: 60 } as const;
/** Share of the viewport a fitted drawing (margin included) fills. */
export const FIT_FILL = 0.95;
/** A fit never zooms in further than this (a graph of two entities stays readable, not huge). */
export const FIT_MAX_ZOOM = 2;
/** Centring zooms in to at least this many times the renderer's label zoom, so labels read well. */
export const CENTRE_OVER_LABELS = 16 / 11;

/**
 * The camera that shows every point, with `FIT_MARGIN` around, in `FIT_FILL` of a `width` ×
 * `height` viewport, zoomed in at most to `FIT_MAX_ZOOM`; undefined when there is nothing to fit
 * or no room.
 */
export function fitTransform(
  points: Iterable<{ readonly x: number; readonly y: number }>,
  width: number,
  height: number,
): Camera | undefined {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x - FIT_MARGIN.x);
    x1 = Math.max(x1, p.x + FIT_MARGIN.x);
    y0 = Math.min(y0, p.y - FIT_MARGIN.y);
    y1 = Math.max(y1, p.y + FIT_MARGIN.y);
  }
  if (x0 > x1 || width <= 0 || height <= 0) return undefined;
  const k = Math.min(FIT_MAX_ZOOM, FIT_FILL * Math.min(width / (x1 - x0), height / (y1 - y0)));
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

/** A viewport's size in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The camera that frames in a `to` viewport the region `camera` framed in a `from` one: the same
 * centre, zoomed by the smaller of the two size ratios so the whole region stays in view (the
 * same camera when the sizes are equal). `camera` itself when either size is empty.
 */
export function scaleCamera(camera: Camera, from: Size, to: Size): Camera {
  if (from.width <= 0 || from.height <= 0 || to.width <= 0 || to.height <= 0) return camera;
  const ratio = Math.min(to.width / from.width, to.height / from.height);
  const k = camera.k * ratio;
  // The layout point at the centre of `from` goes to the centre of `to`.
  const cx = (from.width / 2 - camera.x) / camera.k;
  const cy = (from.height / 2 - camera.y) / camera.k;
  return { x: to.width / 2 - k * cx, y: to.height / 2 - k * cy, k };
}

/**
 * A drawing as the explorer saves it for a story step: its camera, its graph area's size (CSS
 * px) and where each entity is (layout units), so another view can frame the same region.
 */
export interface SavedDrawing extends Size {
  readonly camera: Camera;
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
}

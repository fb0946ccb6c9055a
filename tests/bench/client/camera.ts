// The scripted pan-and-zoom sequence, the same for every renderer: a slow circle around the
// fitted view's centre with a breathing zoom, given as a view centre and scale in layout units.

/** What "the whole graph in view" means for one renderer: centre and scale, in layout units. */
export interface FittedView {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** Zoom swings between 1/ZOOM_SWING and ZOOM_SWING times the fitted scale. */
export const ZOOM_SWING = 2;
/** The pan circle's radius, as a share of the viewport's shorter side. */
export const PAN_SHARE = 0.25;

/**
 * The camera at `t` ms into the sequence: scale = fitted × 2^sin(t/700), centre moved on a circle
 * of a quarter of the viewport's shorter side (in screen pixels) around the fitted centre.
 */
export function cameraAt(t: number, fit: FittedView, width: number, height: number): FittedView {
  const scale = fit.scale * Math.pow(ZOOM_SWING, Math.sin(t / 700));
  const r = (PAN_SHARE * Math.min(width, height)) / scale;
  return { x: fit.x + r * Math.cos(t / 500), y: fit.y + r * Math.sin(t / 500), scale };
}

/** A view centre and scale as a d3-zoom transform's parameters (translate x, y and k). */
export function toTransform(
  view: FittedView,
  width: number,
  height: number,
): { x: number; y: number; k: number } {
  return { x: width / 2 - view.x * view.scale, y: height / 2 - view.y * view.scale, k: view.scale };
}

/** The view that shows every point with 5% margin on each side. */
export function fitPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  width: number,
  height: number,
): FittedView {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xs.length; i += 1) {
    const x = xs[i] ?? 0;
    const y = ys[i] ?? 0;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (xs.length === 0) return { x: 0, y: 0, scale: 1 };
  const scale = 0.9 * Math.min(width / (x1 - x0 || 1), height / (y1 - y0 || 1));
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, scale };
}

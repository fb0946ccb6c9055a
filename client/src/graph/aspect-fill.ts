// A fresh layout stretched to the shape of its view: a force layout comes out about as tall as
// it is wide, so on a wide screen it filled the height and left the sides empty. As Graphviz's
// `ratio="fill"`, the drawing is scaled along one axis until, with the fit's margins, it has the
// view's proportions. Only stretched, never squeezed: no two entities come closer. Pure.
import { FIT_MARGIN } from './framing';

/** The most a layout is stretched along one axis (beyond it, edges read as flat lines). */
export const MAX_STRETCH = 2.5;

/**
 * Stretches `nodes` (in place) about their centre along x (a view wider than the drawing) or y
 * (a taller one) so the drawing plus `FIT_MARGIN` has the proportions `width` / `height` (CSS
 * px), by at most `MAX_STRETCH`. Returns the factor applied along x and y (1 when none); leaves
 * nodes alone when there are fewer than three, the view has no size, or a node has no position.
 */
export function stretchToView(
  nodes: readonly { x?: number | undefined; y?: number | undefined }[],
  width: number,
  height: number,
): { readonly x: number; readonly y: number } {
  const none = { x: 1, y: 1 };
  if (nodes.length < 3 || width <= 0 || height <= 0) return none;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    if (n.x === undefined || n.y === undefined) return none;
    [x0, x1, y0, y1] = [Math.min(x0, n.x), Math.max(x1, n.x), Math.min(y0, n.y), Math.max(y1, n.y)];
  }
  const [w, h] = [x1 - x0, y1 - y0];
  const [mx, my] = [2 * FIT_MARGIN.x, 2 * FIT_MARGIN.y];
  const view = width / height;
  // 1. The factor that gives (w·s + mx) / (h + my) = view (x), or (w + mx) / (h·s + my) = view (y).
  const sx = w > 0 ? (view * (h + my) - mx) / w : 1;
  const sy = h > 0 ? ((w + mx) / view - my) / h : 1;
  const factor = {
    x: Math.min(MAX_STRETCH, Math.max(1, sx)),
    y: Math.min(MAX_STRETCH, Math.max(1, sy)),
  };
  if (factor.x === 1 && factor.y === 1) return none;
  // 2. About the centre, so the drawing stays where the camera expects it.
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  for (const n of nodes) {
    n.x = cx + ((n.x ?? cx) - cx) * factor.x;
    n.y = cy + ((n.y ?? cy) - cy) * factor.y;
  }
  return factor;
}

// Edge geometry: a quadratic curve between two node centres, trimmed to the node's edge.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface EdgeShape {
  /** SVG path data. */
  readonly d: string;
  /** Where the label sits: the curve's midpoint. */
  readonly label: Point;
}

/** A curve from `a` to `b`, bent by `curve` × 40 px, ending `gap` px before `b`'s centre. */
export function edgeShape(a: Point, b: Point, curve: number, gap: number): EdgeShape {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = curve * 40;
  const control = {
    x: (a.x + b.x) / 2 - (dy / length) * bend,
    y: (a.y + b.y) / 2 + (dx / length) * bend,
  };
  const tx = b.x - control.x;
  const ty = b.y - control.y;
  const tl = Math.hypot(tx, ty) || 1;
  const end = { x: b.x - (tx / tl) * gap, y: b.y - (ty / tl) * gap };
  const label = {
    x: 0.25 * a.x + 0.5 * control.x + 0.25 * b.x,
    y: 0.25 * a.y + 0.5 * control.y + 0.25 * b.y,
  };
  const r = (n: number): string => n.toFixed(1);
  return {
    d: `M${r(a.x)},${r(a.y)}Q${r(control.x)},${r(control.y)} ${r(end.x)},${r(end.y)}`,
    label,
  };
}

/** The control points of a self-relation's loop (a cubic Bézier curve), and its label point. */
export interface LoopCurve {
  readonly start: Point;
  readonly c1: Point;
  readonly c2: Point;
  readonly end: Point;
  readonly label: Point;
}

const polar = (p: Point, r: number, angle: number): Point => ({
  x: p.x + r * Math.cos(angle),
  y: p.y + r * Math.sin(angle),
});

/**
 * A self-relation drawn as a loop: it leaves the node's rim (`gap` px from the centre) above
 * and to the right and comes back to it, reaching `24 + 14 × index` px beyond the rim, so the
 * loops of one node (index 0, 1, ...) nest instead of covering each other.
 */
export function loopCurve(p: Point, gap: number, index = 0): LoopCurve {
  const angle = -Math.PI / 4;
  const spread = Math.PI / 8;
  const reach = gap + 24 + 14 * index;
  return {
    start: polar(p, gap, angle - spread),
    c1: polar(p, reach * 1.35, angle - spread * 3),
    c2: polar(p, reach * 1.35, angle + spread * 3),
    end: polar(p, gap, angle + spread),
    label: polar(p, reach, angle),
  };
}

/** A self-relation's loop as SVG path data, with its label point (see `loopCurve`). */
export function loopShape(p: Point, gap: number, index = 0): EdgeShape {
  const { start, c1, c2, end, label } = loopCurve(p, gap, index);
  const r = (q: Point): string => `${q.x.toFixed(1)},${q.y.toFixed(1)}`;
  return { d: `M${r(start)}C${r(c1)} ${r(c2)} ${r(end)}`, label };
}

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

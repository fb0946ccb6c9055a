// Keyboard movement between entities: the nearest entity in the direction of an arrow key.

export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export type Direction = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const AXES: Record<Direction, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The entity to move to from `from` for an arrow key: among those lying within 60 degrees of
 * the direction, the nearest, with distance off the axis counting double.
 */
export function nearestInDirection(
  nodes: readonly Placed[],
  from: Placed,
  direction: Direction,
): Placed | undefined {
  const [ax, ay] = AXES[direction];
  let best: Placed | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}

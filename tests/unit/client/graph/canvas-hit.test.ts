import { describe, expect, it } from 'vitest';
import { nearestEdge, segmentDistance } from '../../../../client/src/graph/canvas-hit';
import { loopCurve } from '../../../../client/src/graph/geometry';

const a = { x: 0, y: 0 };
const b = { x: 100, y: 0 };
const c = { x: 100, y: 100 };
const points = [a, b, c];
const edges = {
  points,
  sources: Int32Array.from([0, 1, 2]),
  targets: Int32Array.from([1, 2, 2]),
  loops: Int32Array.from([-1, -1, 0]),
  radius: 4,
};

describe('Canvas fact hit-testing', () => {
  it('measures the distance to a segment, its ends included', () => {
    expect(segmentDistance({ x: 50, y: 3 }, a, b)).toBe(3);
    expect(segmentDistance({ x: -4, y: 3 }, a, b)).toBe(5);
  });

  it('finds the nearest edge within the tolerance, and none beyond it', () => {
    expect(nearestEdge(edges, { x: 50, y: 2 }, 5)).toBe(0);
    expect(nearestEdge(edges, { x: 97, y: 50 }, 5)).toBe(1);
    expect(nearestEdge(edges, { x: 50, y: 20 }, 5)).toBeUndefined();
    // Near the corner both edges are in reach: the nearer one wins.
    expect(nearestEdge(edges, { x: 99, y: 4 }, 5)).toBe(1);
  });

  it('finds a self-relation by its loop, not by its entity', () => {
    const loop = loopCurve(c, 4, 0);
    const top = { x: (loop.c1.x + loop.c2.x) / 2, y: (loop.c1.y + loop.c2.y) / 2 };
    // The loop's far side is about three quarters of the way to its control points.
    const onLoop = {
      x: c.x + 0.75 * (top.x - c.x),
      y: c.y + 0.75 * (top.y - c.y),
    };
    expect(nearestEdge(edges, onLoop, 3)).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { loopIndices } from '../../../../client/src/graph/canvas-detail';
import { loopCurve, loopShape } from '../../../../client/src/graph/geometry';
import { curvatures } from '../../../../client/src/graph/layout';
import type { GraphEdge } from '../../../../server/domain/model';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }): number =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('self-relation loops', () => {
  const centre = { x: 100, y: 50 };

  it('leave and re-enter the rim, above and to the right of the entity', () => {
    const loop = loopCurve(centre, 10);
    expect(dist(loop.start, centre)).toBeCloseTo(10, 6);
    expect(dist(loop.end, centre)).toBeCloseTo(10, 6);
    expect(loop.start).not.toEqual(loop.end);
    // Up and right: SVG's y grows downwards.
    expect(loop.label.x).toBeGreaterThan(centre.x);
    expect(loop.label.y).toBeLessThan(centre.y);
    expect(dist(loop.label, centre)).toBeCloseTo(10 + 24, 6);
    for (const c of [loop.c1, loop.c2]) expect(dist(c, centre)).toBeGreaterThan(34);
  });

  it('nest: the second loop of an entity reaches further than the first', () => {
    const first = loopCurve(centre, 10, 0);
    const second = loopCurve(centre, 10, 1);
    expect(dist(second.label, centre) - dist(first.label, centre)).toBeCloseTo(14, 6);
  });

  it('as SVG path data: one cubic curve from the rim back to the rim', () => {
    const { d } = loopShape({ x: 0, y: 0 }, 10);
    expect(d).toMatch(/^M[\d.-]+,[\d.-]+C[\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+$/);
    // Leaves at 3π/8 above the horizontal: (10 cos(-3π/8), 10 sin(-3π/8)).
    expect(d.startsWith('M3.8,-9.2C')).toBe(true);
  });

  it('are numbered per entity for both renderers', () => {
    const edge = (key: string, source: string, target: string): GraphEdge => ({
      key,
      source,
      target,
      attributes: { type: 'OWNS', time: {}, attributes: {}, sources: [] },
    });
    const curve = curvatures([edge('l1', 'a', 'a'), edge('e', 'a', 'b'), edge('l2', 'a', 'a')]);
    expect([curve.get('l1'), curve.get('l2'), curve.get('e')]).toEqual([0, 1, 0]);
    expect([...loopIndices([0, 0, 1, 0], [0, 1, 1, 0])]).toEqual([0, -1, 0, 1]);
  });
});

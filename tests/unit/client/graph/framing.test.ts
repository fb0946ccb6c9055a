import { describe, expect, it } from 'vitest';
import {
  CENTRE_OVER_LABELS,
  centreTransform,
  FIT_MARGIN,
  FIT_MAX_ZOOM,
  fitTransform,
} from '../../../../client/src/graph/framing';

const screen = (c: { x: number; y: number; k: number }, p: { x: number; y: number }) => ({
  x: p.x * c.k + c.x,
  y: p.y * c.k + c.y,
});

describe('framing', () => {
  it('fits every point inside the viewport with the margin left free', () => {
    const points = [
      { x: -500, y: -100 },
      { x: 1500, y: 300 },
      { x: 200, y: 900 },
    ];
    const c = fitTransform(points, 1000, 600);
    if (!c) throw new Error('no fit');
    for (const p of points.map((q) => screen(c, q))) {
      expect(p.x).toBeGreaterThanOrEqual(FIT_MARGIN.x - 1e-9);
      expect(p.x).toBeLessThanOrEqual(1000 - FIT_MARGIN.x + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(FIT_MARGIN.y - 1e-9);
      expect(p.y).toBeLessThanOrEqual(600 - FIT_MARGIN.y + 1e-9);
    }
    // The drawing's middle is the viewport's middle.
    expect(screen(c, { x: 500, y: 400 })).toEqual({ x: 500, y: 300 });
  });

  it('never zooms in beyond FIT_MAX_ZOOM, and fits nothing when there is nothing or no room', () => {
    expect(fitTransform([{ x: 3, y: 4 }], 800, 600)?.k).toBe(FIT_MAX_ZOOM);
    expect(fitTransform([], 800, 600)).toBeUndefined();
    expect(fitTransform([{ x: 0, y: 0 }], 0, 600)).toBeUndefined();
  });

  it('centres a point, zooming in to read labels but never out', () => {
    const c = centreTransform({ x: 40, y: -20 }, 800, 600, 0.2, 1.1);
    expect(c.k).toBeCloseTo(CENTRE_OVER_LABELS * 1.1, 9);
    const at = screen(c, { x: 40, y: -20 });
    expect(at.x).toBeCloseTo(400, 9);
    expect(at.y).toBeCloseTo(300, 9);
    expect(centreTransform({ x: 0, y: 0 }, 800, 600, 5, 1.1).k).toBe(5);
  });
});

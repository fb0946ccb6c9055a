import { describe, expect, it } from 'vitest';
import {
  CENTRE_OVER_LABELS,
  centreTransform,
  FIT_FILL,
  FIT_MARGIN,
  FIT_MAX_ZOOM,
  fitTransform,
} from '../../../../client/src/graph/framing';

const screen = (c: { x: number; y: number; k: number }, p: { x: number; y: number }) => ({
  x: p.x * c.k + c.x,
  y: p.y * c.k + c.y,
});

describe('framing', () => {
  it('fits every point and its margin inside the viewport, the drawing in the middle', () => {
    const points = [
      { x: -500, y: -100 },
      { x: 1500, y: 300 },
      { x: 200, y: 900 },
    ];
    const c = fitTransform(points, 1000, 600);
    if (!c) throw new Error('no fit');
    for (const q of points) {
      const low = screen(c, { x: q.x - FIT_MARGIN.x, y: q.y - FIT_MARGIN.y });
      const high = screen(c, { x: q.x + FIT_MARGIN.x, y: q.y + FIT_MARGIN.y });
      expect(low.x).toBeGreaterThanOrEqual(0);
      expect(low.y).toBeGreaterThanOrEqual(0);
      expect(high.x).toBeLessThanOrEqual(1000);
      expect(high.y).toBeLessThanOrEqual(600);
    }
    // The limiting side (here the width) is filled to FIT_FILL.
    expect(c.k * (1500 + 500 + 2 * FIT_MARGIN.x)).toBeCloseTo(FIT_FILL * 1000, 9);
    const middle = screen(c, { x: 500, y: 400 });
    expect(middle.x).toBeCloseTo(500, 9);
    expect(middle.y).toBeCloseTo(300, 9);
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

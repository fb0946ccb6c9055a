import { describe, expect, it } from 'vitest';
import {
  CENTRE_OVER_LABELS,
  centreTransform,
  FIT_FILL,
  FIT_MARGIN,
  FIT_MAX_ZOOM,
  fitTransform,
  scaleCamera,
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

describe('scaleCamera', () => {
  const from = { width: 800, height: 600 };
  const camera = { x: 120, y: -40, k: 1.5 };
  const region = (
    c: { x: number; y: number; k: number },
    size: { width: number; height: number },
  ) => ({
    x0: -c.x / c.k,
    y0: -c.y / c.k,
    x1: (size.width - c.x) / c.k,
    y1: (size.height - c.y) / c.k,
  });

  it('keeps the camera at the same size', () => {
    expect(scaleCamera(camera, from, from)).toEqual(camera);
  });

  it('frames the same region at half the size, zoomed out by half', () => {
    const to = { width: 400, height: 300 };
    const scaled = scaleCamera(camera, from, to);
    expect(scaled.k).toBeCloseTo(0.75, 12);
    const a = region(camera, from);
    const b = region(scaled, to);
    for (const key of ['x0', 'y0', 'x1', 'y1'] as const) expect(b[key]).toBeCloseTo(a[key], 9);
  });

  it('keeps the whole region in a viewport of another shape, centred on the same point', () => {
    const to = { width: 375, height: 300 };
    const scaled = scaleCamera(camera, from, to);
    expect(scaled.k).toBeCloseTo(1.5 * (375 / 800), 12);
    const a = region(camera, from);
    const b = region(scaled, to);
    expect(b.x0).toBeCloseTo(a.x0, 9);
    expect(b.x1).toBeCloseTo(a.x1, 9);
    expect(b.y0).toBeLessThan(a.y0);
    expect(b.y1).toBeGreaterThan(a.y1);
    expect((b.y0 + b.y1) / 2).toBeCloseTo((a.y0 + a.y1) / 2, 9);
  });

  it('leaves the camera as it is when a size is empty', () => {
    expect(scaleCamera(camera, { width: 0, height: 0 }, from)).toBe(camera);
  });
});

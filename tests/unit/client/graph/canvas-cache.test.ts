import { describe, expect, it } from 'vitest';
import { CACHE_MARGIN, CACHE_ZOOM_SLACK, covers } from '../../../../client/src/graph/canvas-cache';

const at = { x: 100, y: 50, k: 1 };

describe('the Canvas base layer bitmap', () => {
  it('covers the same camera and pans within its margin', () => {
    expect(covers(at, at, 800, 600)).toBe(true);
    expect(covers(at, { ...at, x: at.x + CACHE_MARGIN * 800 }, 800, 600)).toBe(true);
    expect(covers(at, { ...at, y: at.y - CACHE_MARGIN * 600 }, 800, 600)).toBe(true);
  });

  it('does not cover a pan beyond its margin', () => {
    expect(covers(at, { ...at, x: at.x + CACHE_MARGIN * 800 + 1 }, 800, 600)).toBe(false);
  });

  it('is repainted rather than scaled beyond the zoom slack, in or out', () => {
    // Zooming about the viewport's centre keeps the centre where it was.
    const zoom = (r: number) => ({ x: 400 - (400 - at.x) * r, y: 300 - (300 - at.y) * r, k: r });
    expect(covers(at, zoom(CACHE_ZOOM_SLACK * 0.99), 800, 600)).toBe(true);
    expect(covers(at, zoom(CACHE_ZOOM_SLACK * 1.01), 800, 600)).toBe(false);
    expect(covers(at, zoom(1 / (CACHE_ZOOM_SLACK * 0.99)), 800, 600)).toBe(true);
    expect(covers(at, zoom(1 / (CACHE_ZOOM_SLACK * 1.01)), 800, 600)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  batchByColour,
  drawAsSquares,
  inRect,
  nodeRadius,
  SQUARE_BELOW_PX,
  segmentMayCross,
  visibleRect,
} from '../../../../client/src/graph/canvas-detail';

describe('visibleRect', () => {
  it('inverts the transform at the viewport corners, widened by the margin', () => {
    const r = visibleRect({ x: 100, y: 50, k: 2 }, 800, 600, 5);
    expect(r).toEqual({ x0: -50 - 5, y0: -25 - 5, x1: 350 + 5, y1: 275 + 5 });
  });
});

describe('inRect', () => {
  const r = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('keeps points inside and on the border, drops the rest', () => {
    expect(inRect(5, 5, r)).toBe(true);
    expect(inRect(10, 0, r)).toBe(true);
    expect(inRect(-0.1, 5, r)).toBe(false);
    expect(inRect(5, 11, r)).toBe(false);
  });
});

describe('segmentMayCross', () => {
  const r = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('drops edges with both ends beyond the same side', () => {
    expect(segmentMayCross(-5, 2, -1, 8, r)).toBe(false);
    expect(segmentMayCross(11, -3, 20, 30, r)).toBe(false);
    expect(segmentMayCross(2, -1, 8, -9, r)).toBe(false);
    expect(segmentMayCross(2, 12, 8, 19, r)).toBe(false);
  });

  it('keeps edges with an end inside and edges that pass across the view', () => {
    expect(segmentMayCross(5, 5, 50, 50, r)).toBe(true);
    expect(segmentMayCross(-5, 5, 15, 5, r)).toBe(true);
    expect(segmentMayCross(5, -5, 5, 15, r)).toBe(true);
  });
});

describe('node size and shape', () => {
  it('keeps a radius of at least 2.5 layout units, larger when zoomed out', () => {
    expect(nodeRadius(8)).toBe(2.5);
    expect(nodeRadius(0.25)).toBe(8);
    expect(nodeRadius(0.1)).toBeGreaterThan(nodeRadius(0.25));
  });

  it('draws squares only when an entity is under two pixels across its radius', () => {
    expect(drawAsSquares(8, 0.2)).toBe(true);
    expect(drawAsSquares(8, SQUARE_BELOW_PX / 8)).toBe(false);
    expect(drawAsSquares(2.5, 1)).toBe(false);
  });
});

describe('batchByColour', () => {
  it('groups indices by colour in first-seen order', () => {
    const batches = batchByColour(['red', 'blue', 'red', 'green', 'blue']);
    expect(batches.map((b) => [b.colour, [...b.indices]])).toEqual([
      ['red', [0, 2]],
      ['blue', [1, 4]],
      ['green', [3]],
    ]);
    expect(batchByColour([])).toEqual([]);
  });
});

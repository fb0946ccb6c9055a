// A fresh layout stretched to its view's shape: along the longer side only, never squeezed.
import { describe, expect, it } from 'vitest';
import { MAX_STRETCH, stretchToView } from '../../../../client/src/graph/aspect-fill';
import { FIT_MARGIN } from '../../../../client/src/graph/framing';

const square = () => [
  { x: -100, y: -100 },
  { x: 100, y: -100 },
  { x: 0, y: 100 },
];

describe('stretchToView', () => {
  it('stretches a square drawing along x to a wide view, margins included, about its centre', () => {
    const nodes = square();
    const factor = stretchToView(nodes, 1000, 500);
    expect(factor.y).toBe(1);
    const width = Math.max(...nodes.map((n) => n.x)) - Math.min(...nodes.map((n) => n.x));
    expect((width + 2 * FIT_MARGIN.x) / (200 + 2 * FIT_MARGIN.y)).toBeCloseTo(2, 6);
    expect(nodes[2]).toEqual({ x: 0, y: 100 });
  });

  it('stretches along y for a tall view, and at most MAX_STRETCH', () => {
    const nodes = square();
    expect(stretchToView(nodes, 100, 2000)).toEqual({ x: 1, y: MAX_STRETCH });
    expect(nodes[0]).toEqual({ x: -100, y: -100 * MAX_STRETCH });
  });

  it("leaves a drawing of the view's proportions, tiny graphs and views without a size alone", () => {
    // (480 + 2·80) / (200 + 2·60) = 2, the view's 1000 / 500.
    const fitting = [
      { x: -240, y: -100 },
      { x: 240, y: 100 },
      { x: 0, y: 0 },
    ];
    const before = structuredClone(fitting);
    expect(stretchToView(fitting, 1000, 500)).toEqual({ x: 1, y: 1 });
    expect(fitting).toEqual(before);
    expect(stretchToView(square().slice(0, 2), 1000, 500)).toEqual({ x: 1, y: 1 });
    expect(stretchToView(square(), 0, 500)).toEqual({ x: 1, y: 1 });
  });
});

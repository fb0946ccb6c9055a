import { describe, expect, it } from 'vitest';
import { stepCamera } from '../../../../client/src/stories/step-graph';

const layout = { width: 800, height: 600, positions: { iacc: [10, 20], gucci: [-40, 5] } };

describe('stepCamera', () => {
  it("frames the explorer's region: its camera at the same size, scaled at another", () => {
    const step = { view: 'expanded=iacc&view=100.0,-50.0,1.500', caption: '', layout };
    expect(stepCamera(step, { width: 800, height: 600 })).toEqual({ x: 100, y: -50, k: 1.5 });
    const half = stepCamera(step, { width: 400, height: 300 });
    expect(half?.k).toBeCloseTo(0.75, 12);
    // The explorer's centre (layout (200, 233.3)) stays in the middle.
    expect(((half?.x ?? 0) - 200) / -(half?.k ?? 1)).toBeCloseTo((100 - 400) / -1.5, 9);
  });

  it('fits (no camera) a step without a saved camera, or without the places it was saved over', () => {
    expect(stepCamera({ view: 'expanded=iacc', caption: '', layout }, layout)).toBeUndefined();
    expect(
      stepCamera({ view: 'expanded=iacc&view=1.0,2.0,1.000', caption: '' }, layout),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  cameraAt,
  fitPoints,
  PAN_SHARE,
  toTransform,
  ZOOM_SWING,
} from '../../../bench/client/camera';

const fit = { x: 100, y: -50, scale: 0.5 };

describe('cameraAt', () => {
  it('starts at the fitted scale, a pan radius to the right of the fitted centre', () => {
    const v = cameraAt(0, fit, 1280, 800);
    expect(v.scale).toBeCloseTo(0.5, 9);
    expect(v.x).toBeCloseTo(100 + (PAN_SHARE * 800) / 0.5, 9);
    expect(v.y).toBeCloseTo(-50, 9);
  });

  it('zooms between 1/2 and 2 times the fitted scale, panning a fixed distance on screen', () => {
    for (let t = 0; t < 10000; t += 37) {
      const v = cameraAt(t, fit, 1280, 800);
      expect(v.scale).toBeGreaterThanOrEqual(fit.scale / ZOOM_SWING - 1e-9);
      expect(v.scale).toBeLessThanOrEqual(fit.scale * ZOOM_SWING + 1e-9);
      const onScreen = Math.hypot(v.x - fit.x, v.y - fit.y) * v.scale;
      expect(onScreen).toBeCloseTo(PAN_SHARE * 800, 6);
    }
  });
});

describe('toTransform', () => {
  it('puts the view centre in the middle of the viewport', () => {
    const { x, y, k } = toTransform(fit, 1280, 800);
    expect(fit.x * k + x).toBeCloseTo(640, 9);
    expect(fit.y * k + y).toBeCloseTo(400, 9);
  });
});

describe('fitPoints', () => {
  it('centres the bounding box and fills 90% of the tighter side', () => {
    const v = fitPoints([0, 200, 100], [0, 100, 50], 1000, 1000);
    expect(v).toEqual({ x: 100, y: 50, scale: 0.9 * 5 });
  });

  it('copes with no points and with one point', () => {
    expect(fitPoints([], [], 100, 100)).toEqual({ x: 0, y: 0, scale: 1 });
    expect(fitPoints([3], [4], 100, 100)).toEqual({ x: 3, y: 4, scale: 90 });
  });
});

import { describe, expect, it } from 'vitest';
import { frameStats, quantile, spread } from '../../../bench/client/stats';

describe('quantile', () => {
  it('picks by nearest rank and is NaN when empty', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3, 2, 4], 0.95)).toBe(5);
    expect(quantile([5, 1, 3, 2, 4], 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('frameStats', () => {
  it('counts frames per second from timestamps', () => {
    const stamps = Array.from({ length: 61 }, (_, i) => i * (1000 / 60));
    const s = frameStats(stamps);
    expect(s.fps).toBeCloseTo(60, 6);
    expect(s.p95FrameMs).toBeCloseTo(1000 / 60, 6);
  });

  it('shows a stall as the worst frame and lowers the rate', () => {
    const stamps = [0, 16, 32, 48, 548, 564];
    const s = frameStats(stamps);
    expect(s.fps).toBeCloseTo((5 * 1000) / 564, 6);
    expect(s.worstFrameMs).toBe(500);
  });

  it('gives 0 fps for fewer than two frames', () => {
    expect(frameStats([12]).fps).toBe(0);
    expect(frameStats([]).p95FrameMs).toBeNaN();
  });
});

describe('spread', () => {
  it('gives median, range and spread in per cent', () => {
    expect(spread([30, 20, 40])).toEqual({
      median: 30,
      min: 20,
      max: 40,
      spreadPct: (20 / 30) * 100,
    });
    expect(spread([10, 20])?.median).toBe(15);
    expect(spread([7])?.spreadPct).toBe(0);
  });

  it('leaves out missing values, and is undefined when none is left', () => {
    expect(spread([undefined, 4, Number.NaN])?.median).toBe(4);
    expect(spread([undefined])).toBeUndefined();
  });
});

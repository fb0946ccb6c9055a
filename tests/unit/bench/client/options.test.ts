import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseOptions } from '../../../bench/client/options';

describe('parseOptions', () => {
  it('uses the defaults without variables', () => {
    expect(parseOptions({})).toEqual(DEFAULTS);
    expect(DEFAULTS.nodes).toEqual([1000, 5000, 10000]);
    expect(DEFAULTS.renderers).toEqual(['canvas', 'vis', 'svg']);
  });

  it('reads sizes, renderers, runs, seconds, timeout and the frame cap', () => {
    expect(
      parseOptions({
        BENCH_NODES: '2000, 500',
        BENCH_RENDERERS: 'svg,canvas',
        BENCH_RUNS: '3',
        BENCH_SECONDS: '2.5',
        BENCH_SETTLE_TIMEOUT: '60',
        BENCH_UNCAPPED: '1',
      }),
    ).toEqual({
      nodes: [2000, 500],
      renderers: ['svg', 'canvas'],
      runs: 3,
      seconds: 2.5,
      settleTimeoutSeconds: 60,
      uncapped: true,
    });
  });

  it('names the variable and the bad value', () => {
    expect(() => parseOptions({ BENCH_NODES: '1000,abc' })).toThrow(
      'invalid BENCH_NODES: "abc" (expected a whole number ≥ 2)',
    );
    expect(() => parseOptions({ BENCH_NODES: '1000,' })).toThrow(/BENCH_NODES.*empty item/);
    expect(() => parseOptions({ BENCH_RENDERERS: 'canvas,sigma' })).toThrow(
      'invalid BENCH_RENDERERS: "sigma" (expected some of canvas, vis, svg)',
    );
    expect(() => parseOptions({ BENCH_RUNS: '1.5' })).toThrow(/BENCH_RUNS/);
    expect(() => parseOptions({ BENCH_RUNS: '0' })).toThrow(/BENCH_RUNS/);
    expect(() => parseOptions({ BENCH_SECONDS: '' })).toThrow(/BENCH_SECONDS/);
    expect(() => parseOptions({ BENCH_UNCAPPED: 'yes' })).toThrow(/BENCH_UNCAPPED.*0 or 1/);
  });
});

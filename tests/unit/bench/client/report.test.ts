import { describe, expect, it } from 'vitest';
import type { Renderer } from '../../../bench/client/options';
import { seconds, summarize, verdicts } from '../../../bench/client/report';
import type { BenchResult } from '../../../bench/client/result';

function result(renderer: Renderer, nodes: number, fps: number, settleMs?: number): BenchResult {
  return {
    renderer,
    nodes,
    edges: nodes * 2,
    settleMs,
    longTasks: 0,
    longestTaskMs: 0,
    fps,
    p95FrameMs: 1000 / fps,
    worstFrameMs: 1000 / fps,
    framesFrom: 'main',
    mainFps: fps,
  };
}

describe('summarize', () => {
  it('groups runs by size and renderer, smallest size first', () => {
    const s = summarize([
      result('canvas', 5000, 40, 5000),
      result('vis', 5000, 20),
      result('canvas', 1000, 60, 1000),
      result('canvas', 5000, 50, 7000),
    ]);
    expect(s.map((x) => [x.nodes, x.renderer, x.runs])).toEqual([
      [1000, 'canvas', 1],
      [5000, 'canvas', 2],
      [5000, 'vis', 1],
    ]);
    expect(s[1]?.fps?.median).toBe(45);
    expect(s[1]?.settleMs?.median).toBe(6000);
    expect(s[2]?.settleMs).toBeUndefined();
    expect(s[2]?.unsettled).toBe(1);
  });
});

describe('verdicts', () => {
  it('says where the Canvas view is ahead, where not, and checks 30 fps at 5,000 nodes', () => {
    const lines = verdicts(
      summarize([
        result('canvas', 5000, 28, 4000),
        result('vis', 5000, 30),
        result('svg', 5000, 14, 50000),
      ]),
    );
    expect(lines).toEqual([
      '5000 nodes, canvas vs vis-network: fps 28.0 vs 30.0 — NOT ahead (-7%)',
      '5000 nodes, canvas vs vis-network: settle 4.0 s vs not settled — ahead',
      '5000 nodes, canvas vs plain D3 SVG: fps 28.0 vs 14.0 — ahead (+100%)',
      '5000 nodes, canvas vs plain D3 SVG: settle 4.0 s vs 50.0 s — ahead',
      '5000 nodes, canvas: 28.0 fps (target ≥ 30: MISSED by 2.0 fps)',
    ]);
  });

  it('a Canvas view that never settled is not ahead', () => {
    const lines = verdicts(summarize([result('canvas', 1000, 60), result('svg', 1000, 30, 9000)]));
    expect(lines[1]).toMatch(/NOT ahead \(canvas did not settle\)/);
  });
});

describe('seconds', () => {
  it('prints seconds with one decimal or "not settled"', () => {
    expect(seconds(1234)).toBe('1.2 s');
    expect(seconds(undefined)).toBe('not settled');
  });
});

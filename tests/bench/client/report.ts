// The client benchmark's tables and target checks, from the measurements (pure; printed by
// tests/bench/client-bench.ts).
import type { Renderer } from './options';
import type { BenchResult } from './result';
import { spread, type Spread } from './stats';

export const RENDERER_NAMES: Readonly<Record<Renderer, string>> = {
  canvas: 'canvas (explorer)',
  vis: 'vis-network',
  svg: 'plain D3 SVG',
};

/** Frames per second the Canvas view must reach at 5,000 nodes. */
export const FPS_TARGET = 30;
export const FPS_TARGET_NODES = 5000;

export interface Summary {
  readonly renderer: Renderer;
  readonly nodes: number;
  readonly edges: number;
  readonly runs: number;
  readonly fps: Spread | undefined;
  /** Settle time over the runs that settled; `unsettled` counts the others. */
  readonly settleMs: Spread | undefined;
  readonly unsettled: number;
}

/** One row per size and renderer (in the order first measured), over all runs. */
export function summarize(results: readonly BenchResult[]): Summary[] {
  const groups = new Map<string, BenchResult[]>();
  for (const r of results) {
    const key = `${r.nodes}/${r.renderer}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .map((list) => {
      const first = list[0] as BenchResult;
      return {
        renderer: first.renderer,
        nodes: first.nodes,
        edges: first.edges,
        runs: list.length,
        fps: spread(list.map((r) => r.fps)),
        settleMs: spread(list.map((r) => r.settleMs)),
        unsettled: list.filter((r) => r.settleMs === undefined).length,
      };
    })
    .sort((a, b) => a.nodes - b.nodes);
}

function percent(ours: number, theirs: number): string {
  return `${(((ours - theirs) / theirs) * 100).toFixed(0)}%`;
}

/**
 * The targets, one line each: the Canvas view ahead of every other renderer measured (median
 * fps, and median settle time; a renderer that never settled counts as slower), and at least
 * 30 fps at 5,000 nodes.
 */
export function verdicts(summaries: readonly Summary[]): string[] {
  const lines: string[] = [];
  for (const ours of summaries.filter((s) => s.renderer === 'canvas')) {
    const others = summaries.filter((s) => s.nodes === ours.nodes && s.renderer !== 'canvas');
    for (const other of others) {
      const name = `${ours.nodes} nodes, canvas vs ${RENDERER_NAMES[other.renderer]}`;
      const a = ours.fps?.median ?? 0;
      const b = other.fps?.median ?? 0;
      lines.push(
        `${name}: fps ${a.toFixed(1)} vs ${b.toFixed(1)} — ${a > b ? `ahead (+${percent(a, b)})` : `NOT ahead (${b > 0 ? percent(a, b) : 'n/a'})`}`,
      );
      const sa = ours.settleMs?.median;
      const sb = other.settleMs?.median;
      const settle =
        sa === undefined
          ? 'NOT ahead (canvas did not settle)'
          : sb === undefined || sa < sb
            ? 'ahead'
            : 'NOT ahead';
      lines.push(`${name}: settle ${seconds(sa)} vs ${seconds(sb)} — ${settle}`);
    }
    if (ours.nodes === FPS_TARGET_NODES) {
      const fps = ours.fps?.median ?? 0;
      lines.push(
        `${ours.nodes} nodes, canvas: ${fps.toFixed(1)} fps (target ≥ ${FPS_TARGET}: ${fps >= FPS_TARGET ? 'met' : `MISSED by ${(FPS_TARGET - fps).toFixed(1)} fps`})`,
      );
    }
  }
  return lines;
}

/** Seconds with one decimal, or "not settled". */
export function seconds(ms: number | undefined): string {
  return ms === undefined ? 'not settled' : `${(ms / 1000).toFixed(1)} s`;
}

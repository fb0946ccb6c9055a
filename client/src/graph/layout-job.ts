// The layout worker's work, without the worker: the graph as typed arrays in, the one seeded
// layout (`planLayout`, layout.ts) run in steps, positions out every few ticks. Pure apart from
// `send`, so a unit test runs it and compares with the main thread's `runLayout`.
import type { SimulationNodeDatum } from 'd3';
import { planLayout } from './layout';

/** A layout asked of the worker; entity `i` is `ids[i]`, edge `j` runs sources[j] → targets[j]. */
export interface LayoutRequest {
  readonly ids: readonly string[];
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** Kept positions as (x, y) pairs; NaN where an entity has none yet. */
  readonly positions?: Float32Array;
  /** 1 where the reader pinned the entity (held at its kept position). */
  readonly pinned?: Uint8Array;
  readonly seed: number;
  readonly ticks: number;
  /** Node-ticks a fresh layout may spend (`LayoutOptions.budget`). */
  readonly budget?: number;
}

/** Positions as (x, y) pairs after `tick` ticks; `done` on the last message. */
export interface LayoutProgress {
  readonly positions: Float32Array;
  readonly tick: number;
  readonly done: boolean;
}

/** Progress is sent every this many ticks, so the drawing moves while a large layout settles. */
export const PROGRESS_EVERY = 25;

interface JobNode extends SimulationNodeDatum {
  readonly id: string;
  degree: number;
}

/** Runs the layout `request` asks for, calling `send` with progress and, last, the settled positions. */
export function runLayoutJob(
  request: LayoutRequest,
  send: (progress: LayoutProgress) => void,
): void {
  const { ids, sources, targets, positions, pinned, seed, ticks, budget } = request;
  const nodes: JobNode[] = ids.map((id) => ({ id, degree: 0 }));
  const links = Array.from(sources, (s, i) => {
    const source = nodes[s];
    const target = nodes[targets[i] ?? -1];
    if (!source || !target) throw new RangeError(`invalid edge ${i}: ${s} → ${targets[i]}`);
    source.degree += 1;
    target.degree += 1;
    return { source, target };
  });
  const initial = new Map<string, { x: number; y: number }>();
  const held = new Set<string>();
  ids.forEach((id, i) => {
    const x = positions?.[2 * i];
    const y = positions?.[2 * i + 1];
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) return;
    initial.set(id, { x, y });
    if (pinned?.[i] === 1) held.add(id);
  });
  const plan = planLayout(nodes, links, { seed, ticks, initial, pinned: held, budget });
  const out = (tick: number, done: boolean): void => {
    const buffer = new Float32Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      buffer[2 * i] = n.x ?? 0;
      buffer[2 * i + 1] = n.y ?? 0;
    });
    send({ positions: buffer, tick, done });
  };
  // Small steps, each well under a frame's worth of work on the main thread's behalf.
  for (let tick = 1; tick <= plan.ticks; tick += 1) {
    plan.simulation.tick();
    if (tick % PROGRESS_EVERY === 0 && tick < plan.ticks) out(tick, false);
  }
  plan.release();
  out(plan.ticks, true);
}

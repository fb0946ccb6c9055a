// The layout in a Web Worker: the main thread stays free while a large graph settles.
// In: {ids, sources, targets, x?, y?, seed, ticks}. Out: positions as a Float32Array (x, y pairs)
// every few ticks, then once more with `done: true`.
import { createSimulation, seededRandom } from './layout';

interface WorkerNode {
  id: string;
  index?: number;
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
}

export interface LayoutRequest {
  readonly ids: readonly string[];
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly positions?: Float32Array;
  readonly seed: number;
  readonly ticks: number;
}

export interface LayoutProgress {
  readonly positions: Float32Array;
  readonly tick: number;
  readonly done: boolean;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { ids, sources, targets, positions, seed, ticks } = event.data;
  const random = seededRandom(seed);
  const radius = 10 * Math.sqrt(ids.length + 1);
  const nodes: WorkerNode[] = ids.map((id, i) => {
    const x = positions?.[2 * i];
    const y = positions?.[2 * i + 1];
    if (x !== undefined && y !== undefined && !Number.isNaN(x)) return { id, x, y };
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    return { id, x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  const links = Array.from(sources, (s, i) => ({
    source: ids[s] ?? '',
    target: ids[targets[i] ?? 0] ?? '',
  }));
  const simulation = createSimulation(nodes, links, random);
  const send = (tick: number, done: boolean): void => {
    const out = new Float32Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      out[2 * i] = n.x ?? 0;
      out[2 * i + 1] = n.y ?? 0;
    });
    scope.postMessage({ positions: out, tick, done }, [out.buffer]);
  };
  // Small steps, each well under a frame's worth of work on the main thread's behalf.
  for (let tick = 1; tick <= ticks; tick += 1) {
    simulation.tick();
    if (tick % 25 === 0 && tick < ticks) send(tick, false);
  }
  send(ticks, true);
};

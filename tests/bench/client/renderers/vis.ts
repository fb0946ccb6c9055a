// vis-network (the renderer of neovis.js) in the benchmark: its own physics (default barnesHut
// and stabilisation) on the main thread, moved with network.moveTo.
import { DataSet, Network, type Edge, type Node, type Options } from 'vis-network/standalone';
import type { SerializedGraph } from '../../../../server/domain/model';
import { KIND_STYLES } from '../../../../client/src/graph/style';
import type { MountedRenderer } from '../result';

/**
 * Settings for large graphs from vis-network's own advice; physics left at its defaults
 * (barnesHut, stabilisation of up to 1,000 iterations, then running until still).
 */
export const VIS_OPTIONS: Options = {
  autoResize: false,
  nodes: { shape: 'dot', size: 4, font: { size: 12 } },
  // Straight edges: the default 'dynamic' curves add a physics body for every edge.
  edges: { smooth: false, width: 0.8, color: { color: 'rgb(130,130,140)', opacity: 0.35 } },
  // No Kamada-Kawai pre-layout: vis-network itself says to turn it off for large graphs.
  layout: { improvedLayout: false, randomSeed: 42 },
};

/**
 * Hands `graph` to a new Network and waits for its first 'stabilized' event (physics still),
 * noting when its stabilisation iterations ended (its first drawing); then stops the physics.
 */
export async function mountVis(
  stage: HTMLElement,
  graph: SerializedGraph,
  timeoutMs: number,
): Promise<MountedRenderer> {
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;inset:0';
  stage.append(host);
  const started = performance.now();
  let network: Network | undefined;
  let iterationsDoneMs: number | undefined;
  const settled = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const nodes = new DataSet<Node>(
      graph.nodes.map((n) => ({
        id: n.key,
        label: n.attributes.name,
        color: KIND_STYLES[n.attributes.kind].color,
      })),
    );
    const edges = new DataSet<Edge>(
      graph.edges.map((e) => ({ id: e.key, from: e.source, to: e.target })),
    );
    network = new Network(host, { nodes, edges }, VIS_OPTIONS);
    network.once('stabilizationIterationsDone', () => {
      iterationsDoneMs = performance.now() - started;
    });
    network.once('stabilized', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  const settleMs = settled ? performance.now() - started : undefined;
  if (!network) throw new Error('vis-network did not start');
  const net = network;
  net.stopSimulation();
  return {
    settleMs,
    iterationsDoneMs,
    fitted() {
      net.fit({ animation: false });
      const { x, y } = net.getViewPosition();
      return { x, y, scale: net.getScale() };
    },
    moveTo: (v) => net.moveTo({ position: { x: v.x, y: v.y }, scale: v.scale, animation: false }),
    destroy() {
      net.destroy();
      host.remove();
    },
  };
}

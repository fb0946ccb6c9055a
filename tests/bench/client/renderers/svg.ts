// A plain D3 SVG force graph: the simulation on the main thread with d3's own timer, every
// element updated on each tick, and the view moved by a d3-zoom transform on one group.
import * as d3 from 'd3';
import { createSimulation, seededRandom } from '../../../../client/src/graph/layout';
import type { SerializedGraph } from '../../../../server/domain/model';
import { KIND_STYLES } from '../../../../client/src/graph/style';
import { fitPoints, toTransform } from '../camera';
import type { MountedRenderer } from '../result';

interface SvgNode extends d3.SimulationNodeDatum {
  readonly id: string;
  readonly colour: string;
}

/**
 * Draws `graph` as circles and lines and waits for the simulation's `end` event. Same forces
 * as the explorer's layout (client/src/graph/layout.ts) and d3's default alpha settings
 * (alphaMin 0.001, alphaDecay 1 − 0.001^(1/300)): 300 ticks, as many as the layout worker runs.
 */
export async function mountSvg(
  stage: HTMLElement,
  graph: SerializedGraph,
  timeoutMs: number,
): Promise<MountedRenderer> {
  const started = performance.now();
  const { width, height } = stage.getBoundingClientRect();
  const svg = d3.select(stage).append('svg');
  const g = svg.append('g');
  const nodes: SvgNode[] = graph.nodes.map((n) => ({
    id: n.key,
    colour: KIND_STYLES[n.attributes.kind].color,
  }));
  const links: d3.SimulationLinkDatum<SvgNode>[] = graph.edges.map((e) => ({
    source: e.source,
    target: e.target,
  }));
  const simulation = createSimulation(nodes, links, seededRandom(42));
  const line = g
    .append('g')
    .attr('stroke', 'rgb(130,130,140)')
    .attr('stroke-opacity', 0.35)
    .selectAll('line')
    .data(links)
    .join('line');
  const circle = g
    .append('g')
    .selectAll('circle')
    .data(nodes)
    .join('circle')
    .attr('r', 3)
    .attr('fill', (d) => d.colour);
  const end = (d: d3.SimulationLinkDatum<SvgNode>, key: 'source' | 'target') => d[key] as SvgNode;
  const settled = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      simulation.stop();
      resolve(false);
    }, timeoutMs);
    simulation
      .on('tick', () => {
        line
          .attr('x1', (d) => end(d, 'source').x ?? 0)
          .attr('y1', (d) => end(d, 'source').y ?? 0)
          .attr('x2', (d) => end(d, 'target').x ?? 0)
          .attr('y2', (d) => end(d, 'target').y ?? 0);
        circle.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0);
      })
      .on('end', () => {
        clearTimeout(timer);
        resolve(true);
      })
      .restart();
  });
  const settleMs = settled ? performance.now() - started : undefined;
  return {
    settleMs,
    fitted: () =>
      fitPoints(
        nodes.map((n) => n.x ?? 0),
        nodes.map((n) => n.y ?? 0),
        width,
        height,
      ),
    moveTo(v) {
      const { x, y, k } = toTransform(v, width, height);
      g.attr('transform', `translate(${x},${y}) scale(${k})`);
    },
    destroy: () => svg.remove(),
  };
}

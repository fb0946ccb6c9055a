// Draws a laid-out graph with D3 (SVG): symbols by kind, curved directed labelled edges,
// zoom, pan and drag. It only draws what layout.ts computed; user text goes in via .text().
import * as d3 from 'd3';
import type { SerializedGraph } from '../../../server/domain/model';
import { FACT_TYPES } from '../../../server/domain/vocabulary';
import { edgeShape } from './geometry';
import { buildLayoutGraph, runLayout, type LayoutLink, type LayoutNode } from './layout';
import { KIND_STYLES, symbolSize } from './style';
import { symbolPath } from './symbols';

const nodeRadius = (n: LayoutNode): number => Math.sqrt(symbolSize(n.degree) / Math.PI) + 3;

/** Renders `graph` into `svg`, replacing what was there. */
export function renderGraph(svgElement: SVGSVGElement, graph: SerializedGraph): void {
  const { nodes, links } = buildLayoutGraph(graph);
  const simulation = runLayout(nodes, links);
  const svg = d3.select(svgElement);
  svg.selectAll(':scope > :not(title)').remove();

  const defs = svg.append('defs');
  defs
    .append('marker')
    .attr('id', 'arrow')
    .attr('viewBox', '0 -5 10 10')
    .attr('refX', 9)
    .attr('markerWidth', 7)
    .attr('markerHeight', 7)
    .attr('orient', 'auto')
    .append('path')
    .attr('class', 'arrow')
    .attr('d', 'M0,-5L10,0L0,5');

  const viewport = svg.append('g').attr('class', 'viewport');
  const edge = viewport
    .append('g')
    .attr('class', 'edges')
    .selectAll<SVGGElement, LayoutLink>('g')
    .data(links, (l) => l.id)
    .join('g')
    .attr('class', 'edge')
    .attr('data-type', (l) => l.data.attributes.type);
  edge.append('path').attr('marker-end', 'url(#arrow)');
  edge
    .append('text')
    .attr('text-anchor', 'middle')
    .attr('dy', '-0.3em')
    .text((l) => FACT_TYPES[l.data.attributes.type].label);
  edge
    .append('title')
    .text(
      (l) =>
        `${l.source.data.attributes.name} ${FACT_TYPES[l.data.attributes.type].verb} ${l.target.data.attributes.name}`,
    );

  const node = viewport
    .append('g')
    .attr('class', 'nodes')
    .selectAll<SVGGElement, LayoutNode>('g')
    .data(nodes, (n) => n.id)
    .join('g')
    .attr('class', 'node')
    .attr('data-id', (n) => n.id)
    .attr('data-kind', (n) => n.data.attributes.kind);
  node
    .append('path')
    .attr('d', (n) => symbolPath(n.data.attributes.kind, symbolSize(n.degree)))
    .attr('fill', (n) => KIND_STYLES[n.data.attributes.kind].color);
  node
    .append('text')
    .attr('text-anchor', 'middle')
    .attr('dy', (n) => nodeRadius(n) + 11)
    .text((n) => n.data.attributes.name);
  node.append('title').text((n) => `${n.data.attributes.name} (${n.data.attributes.kind})`);

  const draw = (): void => {
    node.attr('transform', (n) => `translate(${(n.x ?? 0).toFixed(1)},${(n.y ?? 0).toFixed(1)})`);
    edge.each(function (l) {
      const shape = edgeShape(
        { x: l.source.x ?? 0, y: l.source.y ?? 0 },
        { x: l.target.x ?? 0, y: l.target.y ?? 0 },
        l.curve,
        nodeRadius(l.target),
      );
      const g = d3.select(this);
      g.select('path').attr('d', shape.d);
      g.select('text').attr('x', shape.label.x.toFixed(1)).attr('y', shape.label.y.toFixed(1));
    });
  };
  draw();
  simulation.on('tick', draw);

  node.call(
    d3
      .drag<SVGGElement, LayoutNode>()
      .on('start', (event: d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>, n) => {
        if (!event.active) simulation.alphaTarget(0.2).restart();
        n.fx = n.x;
        n.fy = n.y;
      })
      .on('drag', (event: d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>, n) => {
        n.fx = event.x;
        n.fy = event.y;
      })
      .on('end', (event: d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>, n) => {
        if (!event.active) simulation.alphaTarget(0);
        n.fx = null;
        n.fy = null;
      }),
  );

  const zoom = d3
    .zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 4])
    .on('zoom', (event: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.attr('transform', event.transform.toString());
    });
  svg.call(zoom);
  fitToView(svgElement, nodes, zoom);
}

/** Centres and scales the view so every node is visible. */
function fitToView(
  svgElement: SVGSVGElement,
  nodes: readonly LayoutNode[],
  zoom: d3.ZoomBehavior<SVGSVGElement, unknown>,
): void {
  const { width, height } = svgElement.getBoundingClientRect();
  if (nodes.length === 0 || width === 0 || height === 0) return;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1] = [Math.min(...xs) - 80, Math.max(...xs) + 80];
  const [y0, y1] = [Math.min(...ys) - 60, Math.max(...ys) + 60];
  const k = Math.min(2, 0.95 * Math.min(width / (x1 - x0), height / (y1 - y0)));
  const t = d3.zoomIdentity
    .translate(width / 2, height / 2)
    .scale(k)
    .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
  d3.select(svgElement).call((s) => {
    zoom.transform(s, t);
  });
}

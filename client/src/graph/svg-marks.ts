// The SVG view's marks: one <g> per fact (hit area, line, label, title) and per entity (symbol,
// label, title), joined to the layout's links and nodes; their classes painted from the display
// state (display-state.ts); their geometry from the positions. User text only via .text().
import * as d3 from 'd3';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { DisplayState } from './display-state';
import { edgeShape, loopShape } from './geometry';
import type { LayoutLink, LayoutNode } from './layout';
import { KIND_STYLES, symbolSize } from './style';
import { symbolPath } from './symbols';
import { edgeTitle, nodeTitle } from './titles';

/** An entity's radius in layout units: its symbol's, plus a little room. */
export const nodeRadius = (n: LayoutNode): number => Math.sqrt(symbolSize(n.degree) / Math.PI) + 3;

type Group = d3.Selection<SVGGElement, unknown, null, undefined>;

/** Adds the arrowhead every fact's line ends with (`url(#arrow)`) to the SVG's defs. */
export function appendArrowMarker(
  svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
): void {
  svg
    .append('defs')
    .append('marker')
    .attr('id', 'arrow')
    .attr('viewBox', '0 -5 10 10')
    .attr('refX', 9)
    .attr('markerUnits', 'userSpaceOnUse')
    .attr('markerWidth', 9)
    .attr('markerHeight', 9)
    .attr('orient', 'auto')
    .append('path')
    .attr('class', 'arrow')
    .attr('d', 'M0,-5L10,0L0,5');
}
export type EdgeMarks = d3.Selection<SVGGElement, LayoutLink, SVGGElement, unknown>;
export type NodeMarks = d3.Selection<SVGGElement, LayoutNode, SVGGElement, unknown>;

/** One <g class="edge"> per link, keyed by fact; its label and title set (words from `factTypes`). */
export function joinEdges(
  viewport: Group,
  links: readonly LayoutLink[],
  factTypes: FactTypeLookup,
): EdgeMarks {
  const edge = viewport
    .select<SVGGElement>('g.edges')
    .selectAll<SVGGElement, LayoutLink>('g.edge')
    .data(links, (l) => l.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge');
      g.append('path').attr('class', 'hit');
      g.append('path').attr('class', 'line').attr('marker-end', 'url(#arrow)');
      g.append('text').attr('text-anchor', 'middle').attr('dy', '-0.3em');
      g.append('title');
      return g;
    })
    .attr('data-id', (l) => l.id)
    .attr('data-type', (l) => l.data.attributes.type);
  edge.select('text').text((l) => factTypes.lookup(l.data.attributes.type).label);
  edge
    .select('title')
    .text((l) =>
      edgeTitle(
        l.data,
        (id) =>
          id === l.source.id ? l.source.data.attributes.name : l.target.data.attributes.name,
        factTypes,
      ),
    );
  return edge;
}

/** One focusable <g class="node"> per entity, keyed by id; symbol, label and title set. */
export function joinNodes(
  viewport: Group,
  nodes: readonly LayoutNode[],
  prominent: ReadonlySet<string>,
): NodeMarks {
  const node = viewport
    .select<SVGGElement>('g.nodes')
    .selectAll<SVGGElement, LayoutNode>('g.node')
    .data(nodes, (n) => n.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'node').attr('tabindex', 0).attr('role', 'button');
      g.append('path').attr('class', 'symbol');
      g.append('text').attr('text-anchor', 'middle');
      g.append('title');
      return g;
    })
    .attr('data-id', (n) => n.id)
    .attr('data-kind', (n) => n.data.attributes.kind)
    .attr('aria-label', (n) => `${n.data.attributes.name}, ${n.data.attributes.kind}`)
    .classed('prominent', (n) => prominent.has(n.id));
  node
    .select('path.symbol')
    .attr('d', (n) => symbolPath(n.data.attributes.kind, symbolSize(n.degree)))
    .attr('fill', (n) => KIND_STYLES[n.data.attributes.kind].color);
  node
    .select('text')
    .attr('dy', (n) => (prominent.has(n.id) ? null : nodeRadius(n) + 11))
    .attr('x', null)
    .attr('y', null)
    .style('font-size', null)
    .text((n) => n.data.attributes.name);
  node.select('title').text((n) => nodeTitle(n.data));
  return node;
}

/** Paints the display state as classes (and aria-pressed); nothing else decides how marks look. */
export function paintDisplay(viewport: Group, display: DisplayState): void {
  viewport.selectAll<SVGGElement, LayoutNode>('g.node').each(function (n) {
    const d = display.nodes.get(n.id);
    const g = d3.select(this);
    g.classed('selected', d?.selected ?? false)
      .classed('highlight', d?.highlighted ?? false)
      .classed('dimmed', d?.dimmed ?? false)
      .classed('labelled', d?.label ?? false)
      .classed('pinned', d?.pinned ?? false)
      .attr('aria-pressed', String(d?.selected ?? false));
  });
  viewport.selectAll<SVGGElement, LayoutLink>('g.edge').each(function (l) {
    const d = display.edges.get(l.id);
    d3.select(this)
      .classed('selected', d?.selected ?? false)
      .classed('highlight', d?.highlighted ?? false)
      .classed('dimmed', d?.dimmed ?? false)
      .classed('labelled', d?.label ?? false);
  });
}

/** Moves the marks to the nodes' current positions: entities translated, facts re-curved. */
export function drawPositions(node: NodeMarks, edge: EdgeMarks): void {
  node.attr('transform', (n) => `translate(${(n.x ?? 0).toFixed(1)},${(n.y ?? 0).toFixed(1)})`);
  edge.each(function (l) {
    const from = { x: l.source.x ?? 0, y: l.source.y ?? 0 };
    const shape =
      l.source === l.target
        ? loopShape(from, nodeRadius(l.target), l.curve)
        : edgeShape(
            from,
            { x: l.target.x ?? 0, y: l.target.y ?? 0 },
            l.curve,
            nodeRadius(l.target),
          );
    const g = d3.select(this);
    g.selectAll('path').attr('d', shape.d);
    g.select('text').attr('x', shape.label.x.toFixed(1)).attr('y', shape.label.y.toFixed(1));
  });
}

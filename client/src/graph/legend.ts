// The legend: one entry per entity kind present, in the same colours and shapes as the graph.
import * as d3 from 'd3';
import type { SerializedGraph } from '../../../server/domain/model';
import { ENTITY_KINDS } from '../../../server/domain/vocabulary';
import { KIND_STYLES } from './style';
import { symbolPath } from './symbols';

/** Fills `container` with one entry (symbol, kind, count) per entity kind present in `graph`. */
export function renderLegend(container: HTMLElement, graph: SerializedGraph): void {
  const counts = d3.rollup(
    graph.nodes,
    (v) => v.length,
    (n) => n.attributes.kind,
  );
  const kinds = ENTITY_KINDS.filter((k) => counts.has(k));
  const list = d3.select(container).selectAll('ul').data([null]).join('ul');
  const item = list
    .selectAll('li')
    .data(kinds)
    .join('li')
    .attr('data-kind', (k) => k);
  item.selectAll('*').remove();
  item
    .append('svg')
    .attr('width', 14)
    .attr('height', 14)
    .attr('aria-hidden', 'true')
    .append('path')
    .attr('transform', 'translate(7,7)')
    .attr('d', (k) => symbolPath(k, 90))
    .attr('fill', (k) => KIND_STYLES[k].color);
  item.append('span').text((k) => `${k} (${counts.get(k) ?? 0})`);
}

import { describe, expect, it } from 'vitest';
import {
  countsOf,
  inRange,
  mergeGraphs,
  visibleGraph,
} from '../../../../client/src/explorer/visible-graph';
import { INITIAL_STATE } from '../../../../client/src/explorer/view-state';
import type { GraphEdge, SerializedGraph } from '../../../../server/domain/model';
import type { FactTime } from '../../../../server/domain/time';

function edge(
  key: string,
  source: string,
  target: string,
  type: GraphEdge['attributes']['type'],
  time: FactTime = {},
): GraphEdge {
  return {
    key,
    source,
    target,
    attributes: { type, time, attributes: {}, sources: [{ source: 's' }] },
  };
}

const graph: SerializedGraph = {
  attributes: { sources: {} },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    { key: 'kering', attributes: { kind: 'Company', name: 'Kering', aliases: [] } },
    { key: 'gucci', attributes: { kind: 'Brand', name: 'Gucci', aliases: [] } },
    { key: 'alibaba', attributes: { kind: 'Marketplace', name: 'Alibaba', aliases: [] } },
  ],
  edges: [
    edge('owns', 'kering', 'gucci', 'OWNS'),
    edge('sued-2014', 'kering', 'alibaba', 'SUED', {
      start: { date: '2014-07-09', precision: 'day' },
      end: { date: '2014-07', precision: 'month' },
    }),
    edge('left', 'gucci', 'alibaba', 'LEFT', { at: { date: '2016-05-04', precision: 'day' } }),
  ],
};

describe('visibleGraph', () => {
  it('leaves out hidden entities with their facts', () => {
    const v = visibleGraph(graph, { ...INITIAL_STATE, hidden: ['gucci'] });
    expect(v.nodes.map((n) => n.key)).toEqual(['kering', 'alibaba']);
    expect(v.edges.map((e) => e.key)).toEqual(['sued-2014']);
  });

  it('filters by kind and by fact type', () => {
    expect(
      visibleGraph(graph, { ...INITIAL_STATE, hiddenKinds: ['Marketplace'] }).edges.map(
        (e) => e.key,
      ),
    ).toEqual(['owns']);
    expect(
      visibleGraph(graph, { ...INITIAL_STATE, hiddenTypes: ['SUED'] }).edges.map((e) => e.key),
    ).toEqual(['owns', 'left']);
  });

  it('filters by date range by overlap, letting undated facts through', () => {
    const v = visibleGraph(graph, { ...INITIAL_STATE, from: '2016-01-01', to: '2016-12-31' });
    expect(v.edges.map((e) => e.key)).toEqual(['owns', 'left']);
    expect(inRange(graph.edges[1] as GraphEdge, '2014-07-20', '2014-07-21')).toBe(true);
    expect(inRange(graph.edges[1] as GraphEdge, '2014-08-01')).toBe(false);
  });

  it('counts kinds and types, and merges graphs by key', () => {
    const c = countsOf(graph);
    expect(c.kinds.get('Brand')).toBe(1);
    expect(c.types.get('SUED')).toBe(1);
    const merged = mergeGraphs([
      graph,
      { ...graph, nodes: graph.nodes.slice(0, 1), edges: graph.edges.slice(0, 1) },
    ]);
    expect(merged.nodes).toHaveLength(3);
    expect(merged.edges).toHaveLength(3);
  });
});

describe('as of a day', () => {
  it('keeps events that may have happened, states in force, and undated facts', () => {
    const v = visibleGraph(graph, { ...INITIAL_STATE, asOf: '2015-01-01' }, new Set(['sued-2014']));
    expect(v.edges.map((e) => e.key)).toEqual(['owns', 'sued-2014']);
    const later = visibleGraph(graph, { ...INITIAL_STATE, asOf: '2016-05-04' }, new Set());
    expect(later.edges.map((e) => e.key)).toEqual(['owns', 'left']);
  });
});

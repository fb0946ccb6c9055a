import { describe, expect, it } from 'vitest';
import { graphTimeline } from '../../../../client/src/timeline/graph-timeline';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';
import type { GraphEdge, SerializedGraph } from '../../../../server/domain/model';
import type { FactTime } from '../../../../server/domain/time';

function edge(
  key: string,
  source: string,
  target: string,
  type: GraphEdge['attributes']['type'],
  time: FactTime,
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
    edge('sued', 'kering', 'alibaba', 'SUED', { at: { date: '2014-07-09', precision: 'day' } }),
    edge('left', 'gucci', 'alibaba', 'LEFT', { at: { date: '2016-05-04', precision: 'day' } }),
  ],
};

const factTypes = new FactTypeRegistry();

const facts = (filters: Parameters<typeof graphTimeline>[3]): string[] =>
  graphTimeline(graph, 'entity', factTypes, filters).model.items.map((i) => i.fact);

describe('graphTimeline', () => {
  it('holds every dated fact when nothing is filtered', () => {
    expect(facts(undefined)).toEqual(['sued', 'left']);
  });
  it("follows the view's filters: hidden fact types, kinds and entities leave the timeline", () => {
    const none = { hidden: [], hiddenKinds: [], hiddenTypes: [] };
    expect(facts({ ...none, hiddenTypes: ['SUED'] })).toEqual(['left']);
    expect(facts({ ...none, hiddenKinds: ['Brand'] })).toEqual(['sued']);
    expect(facts({ ...none, hidden: ['kering'] })).toEqual(['left']);
    expect(graphTimeline(graph, 'entity', factTypes, { ...none, hidden: ['kering'] }).days).toEqual(
      ['2016-05-04'],
    );
  });
  it('keeps the date range out: a brush narrows the graph, not the timeline it is drawn on', () => {
    const ranged = { hidden: [], hiddenKinds: [], hiddenTypes: [], from: '2016-01-01' };
    expect(facts(ranged)).toEqual(['sued', 'left']);
  });
});

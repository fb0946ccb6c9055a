import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../../server/domain/model';
import { filterGraph } from '../../../../server/domain/view-filter';

const graph: SerializedGraph = {
  attributes: { sources: {} },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    { key: 'iacc', attributes: { kind: 'Organization', name: 'IACC', aliases: [] } },
    { key: 'gucci', attributes: { kind: 'Brand', name: 'Gucci', aliases: [] } },
  ],
  edges: [],
};

describe('view filters', () => {
  it('hide a kind by its earlier name too (views signed before Organisation was renamed)', () => {
    const base = { hidden: [], hiddenTypes: [] };
    for (const name of ['Organisation', 'Organization']) {
      const kept = filterGraph(graph, { ...base, hiddenKinds: [name] });
      expect(kept.nodes.map((n) => n.key)).toEqual(['gucci']);
    }
  });
});

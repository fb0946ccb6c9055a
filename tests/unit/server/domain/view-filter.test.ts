import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../../server/domain/model';
import { filterGraph, withoutLoosePublications } from '../../../../server/domain/view-filter';

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

describe('withoutLoosePublications', () => {
  const node = (key: string, kind: string) => ({
    key,
    attributes: { name: key, kind, aliases: [] },
  });
  const nodes = [
    node('gucci', 'Brand'),
    node('kering', 'Company'),
    node('reuters', 'Publication'),
    node('ft', 'Publication'),
  ];
  const edges = [
    { key: 'f', source: 'kering', target: 'ft', attributes: {} },
  ] as unknown as Parameters<typeof withoutLoosePublications>[1];
  const base = { hidden: [], hiddenKinds: [], hiddenTypes: [] };

  it('leaves publications no fact touches out of a first view', () => {
    const kept = withoutLoosePublications(nodes as never, edges, { ...base, scope: 'all' });
    expect(kept.map((n) => n.key)).toEqual(['gucci', 'kering', 'ft']);
  });

  it('keeps them when opened, selected, or outside a first view', () => {
    const view = { ...base, scope: 'all' as const, expanded: ['reuters'] };
    expect(withoutLoosePublications(nodes as never, edges, view)).toHaveLength(4);
    const selected = {
      ...base,
      scope: 'all' as const,
      selected: { kind: 'entity' as const, id: 'reuters' },
    };
    expect(withoutLoosePublications(nodes as never, edges, selected)).toHaveLength(4);
    expect(
      withoutLoosePublications(nodes as never, edges, { ...base, scope: 'expanded' }),
    ).toHaveLength(4);
  });
});

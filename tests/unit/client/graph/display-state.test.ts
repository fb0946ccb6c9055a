import { describe, expect, it } from 'vitest';
import {
  displayState,
  LABEL_ZOOM,
  markedNodes,
  type DisplayInput,
} from '../../../../client/src/graph/display-state';

const graph = {
  nodes: ['a', 'b', 'c', 'd'].map((key) => ({ key })),
  edges: [
    { key: 'ab', source: 'a', target: 'b' },
    { key: 'bc', source: 'b', target: 'c' },
    { key: 'cd', source: 'c', target: 'd' },
  ],
};

const plain: DisplayInput = {
  selected: undefined,
  highlight: undefined,
  hovered: undefined,
  pinned: new Set(),
  prominent: new Set(),
  zoom: 1,
  labelZoom: LABEL_ZOOM.svg,
};

describe('display state (node and edge reducers)', () => {
  it('marks nothing and labels everything on a plain, zoomed-in view', () => {
    const s = displayState(graph, plain);
    expect([...s.nodes.values()].every((d) => d.label && !d.selected && !d.dimmed)).toBe(true);
    expect([...s.edges.values()].every((d) => d.label && !d.selected && !d.dimmed)).toBe(true);
    expect(markedNodes(s)).toEqual([]);
  });

  it('marks a selected fact, not its entities; a selected entity, not its facts', () => {
    const fact = displayState(graph, { ...plain, selected: { kind: 'fact', id: 'bc' } });
    expect(fact.edges.get('bc')?.selected).toBe(true);
    expect(fact.edges.get('ab')?.selected).toBe(false);
    expect(markedNodes(fact)).toEqual([]);
    const entity = displayState(graph, { ...plain, selected: { kind: 'entity', id: 'b' } });
    expect(entity.nodes.get('b')?.selected).toBe(true);
    expect([...entity.edges.values()].some((d) => d.selected)).toBe(false);
    expect(markedNodes(entity)).toEqual(['b']);
  });

  it('highlights what a path or query marked', () => {
    const s = displayState(graph, {
      ...plain,
      highlight: { nodes: new Set(['a', 'b']), edges: new Set(['ab']) },
    });
    expect(markedNodes(s)).toEqual(['a', 'b']);
    expect(s.edges.get('ab')?.highlighted).toBe(true);
    expect(s.edges.get('bc')?.highlighted).toBe(false);
  });

  it('dims all but the hovered entity, its neighbours and the facts between them', () => {
    const s = displayState(graph, { ...plain, hovered: 'b' });
    const dimmed = (m: ReadonlyMap<string, { dimmed: boolean }>): string[] =>
      [...m].filter(([, d]) => d.dimmed).map(([k]) => k);
    expect(dimmed(s.nodes)).toEqual(['d']);
    expect(dimmed(s.edges)).toEqual(['cd']);
    expect(s.nodes.get('b')?.hovered).toBe(true);
  });

  it('zoomed out, labels only prominent, selected, highlighted and hovered entities, no facts', () => {
    const s = displayState(graph, {
      ...plain,
      zoom: LABEL_ZOOM.svg / 2,
      prominent: new Set(['a']),
      selected: { kind: 'entity', id: 'c' },
      hovered: 'd',
    });
    expect([...s.nodes].filter(([, d]) => d.label).map(([k]) => k)).toEqual(['a', 'c', 'd']);
    expect([...s.edges.values()].some((d) => d.label)).toBe(false);
  });

  it('says which entities are pinned', () => {
    const s = displayState(graph, { ...plain, pinned: new Set(['c']) });
    expect([...s.nodes].filter(([, d]) => d.pinned).map(([k]) => k)).toEqual(['c']);
  });
});

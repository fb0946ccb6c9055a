// Communities summarised from a graphology graph: two dense groups joined by one link come out
// as two communities, largest first, members best-connected first, the same on every run.
import { describe, expect, it } from 'vitest';
import {
  communityLabel,
  graphOfPairs,
  partition,
  type PairRow,
} from '../../../../server/graph/communities';

/** A clique of `ids`, one fact per pair. */
function clique(ids: readonly string[]): PairRow[] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ source: a, target: b, facts: 1 })));
}

const big = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
const small = ['b1', 'b2', 'b3', 'b4'];
const pairs: PairRow[] = [
  ...clique(big),
  ...clique(small),
  { source: 'a1', target: 'b1', facts: 1 },
  // A second fact between a1 and a2 (the other direction): one edge of weight 2.
  { source: 'a2', target: 'a1', facts: 1 },
];

describe('graphOfPairs', () => {
  it('merges pairs met twice into one weighted edge and skips self-links', () => {
    const g = graphOfPairs([...pairs, { source: 'a3', target: 'a3', facts: 4 }]);
    expect(g.order).toBe(10);
    expect(g.size).toBe(15 + 6 + 1);
    expect(g.getEdgeAttribute(g.edge('a1', 'a2') ?? '', 'weight')).toBe(2);
    expect(g.hasEdge('a3', 'a3')).toBe(false);
  });
});

describe('partition', () => {
  it('finds the two groups, largest first, with their facts and the link between them', () => {
    const p = partition(graphOfPairs(pairs));
    expect(p.communities.map((c) => [c.id, c.size])).toEqual([
      ['c0', 6],
      ['c1', 4],
    ]);
    expect(new Set(p.communities[0]?.members.map((m) => m.id))).toEqual(new Set(big));
    expect(p.communities[0]?.facts).toBe(16);
    expect(p.communities[1]?.facts).toBe(6);
    expect(p.links).toEqual([{ source: 'c0', target: 'c1', facts: 1 }]);
    expect(p.modularity).toBeGreaterThan(0.3);
  });

  it('lists members best-connected first (weighted degree, then id)', () => {
    const members = partition(graphOfPairs(pairs)).communities[0]?.members ?? [];
    // a1: 5 clique facts + 1 more to a2 + 1 to b1; a2: 5 + 1.
    expect(members.slice(0, 3)).toEqual([
      { id: 'a1', degree: 7 },
      { id: 'a2', degree: 6 },
      { id: 'a3', degree: 5 },
    ]);
  });

  it('gives the same communities on every run (seeded), whatever the run before', () => {
    const g = graphOfPairs(clique(['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8']));
    const first = partition(g);
    expect(partition(g)).toEqual(first);
    expect(
      partition(graphOfPairs(clique(['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8']))),
    ).toEqual(first);
  });

  it('has nothing to say of an empty graph', () => {
    expect(partition(graphOfPairs([]))).toEqual({ communities: [], links: [], modularity: 0 });
  });
});

describe('communityLabel', () => {
  it('names a community by its first three names', () => {
    expect(communityLabel(['Kering', 'Gucci', 'YSL', 'Balenciaga'])).toBe('Kering, Gucci, YSL');
    expect(communityLabel(['Kering'])).toBe('Kering');
  });

  it('says so when no member has a name', () => {
    expect(communityLabel(['', ' '])).toBe('Unnamed community');
  });
});

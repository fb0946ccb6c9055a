// Communities of the stored graph: Louvain (graphology-communities-louvain, seeded so the same
// graph always gives the same communities) over the entities' links, summarised as clusters a
// person can read: each with its size, its facts and its best-connected members. Pure: rows in,
// summary out; the reads are in community-service.ts.
import { randomLcg } from 'd3';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

/** Two linked entities and how many facts link them (either direction). */
export interface PairRow {
  readonly source: string;
  readonly target: string;
  readonly facts: number;
}

/** A member of a community and its number of facts (in the graph read). */
export interface Member {
  readonly id: string;
  readonly degree: number;
}

/** One community: id `c0` is the largest; `members` best-connected first. */
export interface Community {
  readonly id: string;
  readonly size: number;
  /** Facts whose two entities are both members. */
  readonly facts: number;
  readonly members: readonly Member[];
}

/** Facts between two communities. */
export interface CommunityLink {
  readonly source: string;
  readonly target: string;
  readonly facts: number;
}

/** Every community (largest first), the links between them and Louvain's modularity. */
export interface CommunityPartition {
  readonly communities: readonly Community[];
  readonly links: readonly CommunityLink[];
  readonly modularity: number;
}

/** The seed of Louvain's random source: the same graph gives the same communities. */
export const LOUVAIN_SEED = 0.12345;

/**
 * An undirected graph of `pairs` (graphology), each edge weighted by its facts; pairs met twice
 * (either direction) add up and self-links are skipped. Louvain needs a simple graph.
 */
export function graphOfPairs(pairs: readonly PairRow[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const p of pairs) {
    if (p.source === p.target || p.facts <= 0) continue;
    graph.mergeNode(p.source);
    graph.mergeNode(p.target);
    graph.updateUndirectedEdge(p.source, p.target, (attr: { weight?: number }) => ({
      weight: (attr.weight ?? 0) + p.facts,
    }));
  }
  return graph;
}

const byDegreeThenId = (a: Member, b: Member): number =>
  b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Louvain communities of `graph` (edge attribute `weight`, seeded with `seed`), largest first,
 * renumbered `c0`, `c1`, … (ties: the community whose best member's id sorts first). Each
 * community lists its members best-connected first (weighted degree); links sum the facts
 * between two communities.
 */
export function partition(graph: UndirectedGraph, seed: number = LOUVAIN_SEED): CommunityPartition {
  if (graph.order === 0) return { communities: [], links: [], modularity: 0 };
  const detailed = louvain.detailed(graph, { rng: randomLcg(seed), getEdgeWeight: 'weight' });
  const groups = new Map<number, Member[]>();
  graph.forEachNode((id) => {
    const group = detailed.communities[id] ?? -1;
    const degree = graph.reduceEdges(id, (sum, _e, attr) => sum + Number(attr.weight ?? 1), 0);
    const list = groups.get(group) ?? [];
    list.push({ id, degree });
    groups.set(group, list);
  });
  const sorted = [...groups.entries()]
    .map(([group, members]) => ({ group, members: members.sort(byDegreeThenId) }))
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        byDegreeThenId(a.members[0] as Member, b.members[0] as Member),
    );
  const idOf = new Map(sorted.map((s, i) => [s.group, `c${i}`]));
  const inside = new Map<string, number>();
  const between = new Map<string, number>();
  graph.forEachEdge((_e, attr, s, t) => {
    const a = idOf.get(detailed.communities[s] ?? -1) ?? '';
    const b = idOf.get(detailed.communities[t] ?? -1) ?? '';
    const weight = Number(attr.weight ?? 1);
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + weight);
    else {
      const key = Number(a.slice(1)) < Number(b.slice(1)) ? `${a} ${b}` : `${b} ${a}`;
      between.set(key, (between.get(key) ?? 0) + weight);
    }
  });
  const communities = sorted.map((s, i): Community => {
    const id = `c${i}`;
    return { id, size: s.members.length, facts: inside.get(id) ?? 0, members: s.members };
  });
  const links = [...between.entries()]
    .map(([key, facts]) => {
      const [source = '', target = ''] = key.split(' ');
      return { source, target, facts };
    })
    .sort((a, b) => b.facts - a.facts || a.source.localeCompare(b.source));
  return { communities, links, modularity: detailed.modularity };
}

/** A community's label from its best-connected members' names: "A, B, C" (at most `count`). */
export function communityLabel(names: readonly string[], count = 3): string {
  const shown = names.filter((n) => n.trim() !== '').slice(0, count);
  return shown.length === 0 ? 'Unnamed community' : shown.join(', ');
}

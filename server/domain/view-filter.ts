// What a view keeps of a graph: its hidden entities, kinds and fact types left out, its date
// range applied. Shared by the explorer and the embed data.
import type { GraphEdge, GraphNode, SerializedGraph } from './model';
import { boundsOf } from './time';
import { canonicalKind } from './vocabulary';

/** Whether a fact may fall in [from, to]; undated facts pass (unknown is not outside). */
export function inRange(edge: GraphEdge, from?: string, to?: string): boolean {
  const t = edge.attributes.time;
  const points = [t.at, t.start, t.end].filter((p) => p !== undefined);
  if (points.length === 0) return true;
  const earliest = t.at
    ? boundsOf(t.at).earliest
    : t.start
      ? boundsOf(t.start).earliest
      : '0000-01-01';
  const latest = t.at ? boundsOf(t.at).latest : t.end ? boundsOf(t.end).latest : '9999-12-31';
  return (from === undefined || latest >= from) && (to === undefined || earliest <= to);
}

/** The filters a view applies: the explorer's view state and an embed's view both have them. */
export interface ViewFilters {
  readonly hidden: readonly string[];
  readonly hiddenKinds: readonly string[];
  readonly hiddenTypes: readonly string[];
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** `all` for the first view (loose publications are left out of it, `withoutLoosePublications`). */
  readonly scope?: 'all' | 'expanded' | undefined;
  /** Entities the reader opened: always kept, connected or not. */
  readonly expanded?: readonly string[] | undefined;
  /** The selected entity or fact: a selected entity is always kept. */
  readonly selected?: { readonly kind: 'entity' | 'fact'; readonly id: string } | undefined;
}

/** The kind of entity that is a source's publisher: shown as a source, not as a floating node. */
export const PUBLISHER_KIND = 'Publication';

/**
 * The nodes of a first view (`scope: 'all'`) without Publication entities that no kept fact
 * touches: they name the publishers of sources and are shown as a fact's sources, not as
 * floating nodes that look like data errors. Expanded and selected entities always stay.
 */
export function withoutLoosePublications(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  view: ViewFilters,
): GraphNode[] {
  if (view.scope !== 'all') return [...nodes];
  const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
  const kept = new Set(view.expanded ?? []);
  if (view.selected?.kind === 'entity') kept.add(view.selected.id);
  return nodes.filter(
    (n) => n.attributes.kind !== PUBLISHER_KIND || touched.has(n.key) || kept.has(n.key),
  );
}

/**
 * The entities and facts a view shows: hidden entities and kinds left out, then the facts
 * between the entities kept, of types not hidden, in the date range, and passing `keepEdge`.
 * What is drawn then leaves loose publications out (`withoutLoosePublications`).
 */
export function filterGraph(
  graph: SerializedGraph,
  view: ViewFilters,
  keepEdge: (edge: GraphEdge) => boolean = () => true,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const hidden = new Set(view.hidden);
  // Views saved or signed before a kind was renamed still hide it.
  const kinds = new Set<string>(view.hiddenKinds.map(canonicalKind));
  const types = new Set(view.hiddenTypes);
  const nodes = graph.nodes.filter((n) => !hidden.has(n.key) && !kinds.has(n.attributes.kind));
  const keep = new Set(nodes.map((n) => n.key));
  const edges = graph.edges.filter(
    (e) =>
      keep.has(e.source) &&
      keep.has(e.target) &&
      !types.has(e.attributes.type) &&
      inRange(e, view.from, view.to) &&
      keepEdge(e),
  );
  return { nodes, edges };
}

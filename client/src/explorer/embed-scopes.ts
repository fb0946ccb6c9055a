// What the Embed dialog offers to embed, besides the whole view: the selected entity and its
// neighbours, the selected fact with its two entities, the path shown. Each becomes an embed's
// view (the shared codec's fields: focus, hidden entities, the view's filters and time kept),
// so a producer embeds what they look at in one step instead of trimming the view by hand.
import { encodeView, type ViewFields } from '../../../server/domain/view-codec';
import type { ExplorerState } from './state/explorer-state';
import { nameOf } from './state/explorer-state';

/** One thing to embed: its key, its words in the dialog, and how to make its view query. */
export interface EmbedScope {
  readonly key: 'view' | 'entity' | 'fact' | 'path';
  readonly label: string;
  /** The embed's view as URL parameters (may read neighbourhoods from the API). */
  query(): Promise<URLSearchParams>;
}

/** The ids of an entity's neighbourhood as the embed reads it (its neighbours and itself). */
export type NeighbourIds = (id: string) => Promise<readonly string[]>;

/**
 * A view of only `keep`'s entities: their neighbourhoods, with every other entity of those
 * neighbourhoods hidden; the view's kinds, types, dates and days kept; `selected` selected.
 */
async function onlyThese(
  state: ExplorerState,
  keep: readonly string[],
  selected: ViewFields['selected'],
  neighbours: NeighbourIds,
): Promise<URLSearchParams> {
  const kept = new Set(keep);
  const around = await Promise.all(keep.map((id) => neighbours(id)));
  const hidden = [...new Set(around.flat())].filter((id) => !kept.has(id)).sort();
  return viewOf(state, keep, hidden, selected);
}

function viewOf(
  state: ExplorerState,
  expanded: readonly string[],
  hidden: readonly string[],
  selected: ViewFields['selected'],
): URLSearchParams {
  const { hiddenKinds, hiddenTypes, from, to, asOf, known } = state.view;
  return encodeView({
    scope: 'expanded',
    expanded,
    hidden,
    hiddenKinds,
    hiddenTypes,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(asOf ? { asOf } : {}),
    ...(known ? { known } : {}),
    ...(selected ? { selected } : {}),
  });
}

/**
 * The scopes `state` offers besides the whole view (`view`, whose query the dialog reads from
 * the address): the selected entity and its neighbours, the selected fact and its two
 * entities, the entities and facts of the path shown.
 */
export function embedScopes(state: ExplorerState, neighbours: NeighbourIds): EmbedScope[] {
  const scopes: EmbedScope[] = [];
  const selected = state.view.selected;
  if (selected?.kind === 'entity') {
    scopes.push({
      key: 'entity',
      label: `${nameOf(state, selected.id)} and its neighbours`,
      query: () => Promise.resolve(viewOf(state, [selected.id], [], selected)),
    });
  }
  const edge =
    selected?.kind === 'fact'
      ? state.data.graph.edges.find((e) => e.key === selected.id)
      : undefined;
  if (selected && edge) {
    const ends = [...new Set([edge.source, edge.target])];
    scopes.push({
      key: 'fact',
      label: `This fact: ${ends.map((id) => nameOf(state, id)).join(' and ')}`,
      query: () => onlyThese(state, ends, selected, neighbours),
    });
  }
  const path = state.view.path;
  const nodes = state.highlight?.nodes ?? [];
  if (path && nodes.length > 0) {
    scopes.push({
      key: 'path',
      label: `The path from ${nameOf(state, path.from)} to ${nameOf(state, path.to)}`,
      query: () => onlyThese(state, nodes, undefined, neighbours),
    });
  }
  return scopes;
}

// Small graphs and states for the explorer's state tests.
import type { ExplorerAction } from '../../../../../client/src/explorer/state/actions';
import {
  INITIAL_EXPLORER_STATE,
  dataKeyOf,
  type ExplorerState,
} from '../../../../../client/src/explorer/state/explorer-state';
import type { ViewState } from '../../../../../client/src/explorer/view-state';
import type { GraphEdge, SerializedGraph } from '../../../../../server/domain/model';

/** A graph of entities `ids` and facts `[key, source, target]` (type OWNS, undated). */
export function graph(
  ids: readonly string[],
  facts: readonly (readonly [string, string, string])[] = [],
): SerializedGraph {
  return {
    attributes: { sources: {} },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: ids.map((key) => ({
      key,
      attributes: { kind: 'Company', name: `Name of ${key}`, aliases: [] },
    })) as unknown as SerializedGraph['nodes'],
    edges: facts.map(([key, source, target]): GraphEdge => ({
      key,
      source,
      target,
      attributes: { type: 'OWNS', time: {}, attributes: {}, sources: [{ source: 's' }] },
    })),
  };
}

/** A state whose view is `view` (over the initial view) with `loaded` loaded for it. */
export function stateWith(
  view: Partial<ViewState> = {},
  loaded: SerializedGraph = graph(['gucci', 'kering', 'alibaba'], [['f1', 'kering', 'gucci']]),
): ExplorerState {
  const v = { ...INITIAL_EXPLORER_STATE.view, ...view };
  return {
    ...INITIAL_EXPLORER_STATE,
    view: v,
    data: { ...INITIAL_EXPLORER_STATE.data, key: dataKeyOf(v), graph: loaded },
  };
}

/** `count` distinct views, to fill a history with. */
export function views(count: number): ViewState[] {
  return Array.from({ length: count }, (_, i) => ({
    ...INITIAL_EXPLORER_STATE.view,
    hidden: [`h${i}`],
  }));
}

/**
 * One example of every action, keyed by its type: the compiler fails here when an action is
 * added without an example, so the tests that run over every action cover it too.
 */
export const EVERY_ACTION: {
  readonly [K in ExplorerAction['type']]: Extract<ExplorerAction, { type: K }>;
} = {
  restore: { type: 'restore', view: { ...INITIAL_EXPLORER_STATE.view, expanded: ['kering'] } },
  select: { type: 'select', selection: { kind: 'entity', id: 'kering' } },
  expand: { type: 'expand', id: 'alibaba' },
  focus: { type: 'focus', id: 'kering', depth: 2 },
  collapse: { type: 'collapse', id: 'gucci' },
  hide: { type: 'hide', id: 'kering' },
  filter: { type: 'filter', change: { hiddenTypes: ['OWNS'] } },
  range: { type: 'range', from: '2015-01-01', to: '2016-12-31' },
  asOf: { type: 'asOf', day: '2016-05-10', inForce: ['f1'] },
  known: { type: 'known', day: '2016-06-01' },
  path: {
    type: 'path',
    from: 'gucci',
    to: 'ebay',
    found: { paths: [{ nodes: ['gucci', 'ebay'], edges: ['f9'] }], graph: graph(['ebay']) },
  },
  clearPath: { type: 'clearPath' },
  compare: { type: 'compare', from: '2016-04-01', to: '2016-05-15', facts: ['f1'] },
  clearCompare: { type: 'clearCompare' },
  queryResult: { type: 'queryResult', entities: ['gucci', 'kering'], facts: ['f1'] },
  undo: { type: 'undo' },
  redo: { type: 'redo' },
  viewport: { type: 'viewport', viewport: { x: 10, y: 20, k: 1.5 } },
  playing: { type: 'playing', playing: true },
  lanes: { type: 'lanes', by: 'type' },
  loaded: { type: 'loaded', key: 'all|', graph: graph(['a']), firstViewNote: '' },
  loadFailed: { type: 'loadFailed', key: 'all|x', message: 'Neo4j is not reachable' },
  inForce: { type: 'inForce', day: '2016-05-10', facts: ['f1'] },
  notice: { type: 'notice', text: 'Loading…', error: false },
};

// The explorer's whole state as plain data (JSON round-trips it): the view the URL holds, its
// undo and redo history, highlights, the loaded data and the last notice. Pure: no DOM, no fetch.
import type { SerializedGraph } from '../../../../server/domain/model';
import { mergeGraphs } from '../../../../server/domain/view-graph';
import { INITIAL_STATE, type ViewState } from '../view-state';

/** Entities and facts drawn highlighted (a path, a comparison, a query's result), by id. */
export interface HighlightIds {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** A message for the status line: a refusal (a limit), a failure, or progress. */
export interface Notice {
  readonly text: string;
  readonly error: boolean;
}

/** How timeline lanes are grouped: one lane per entity or per fact type. */
export type LaneKey = 'entity' | 'type';

/** What has been read from the API for the view. */
export interface DataState {
  /** The `dataKeyOf` of the view `graph` was loaded for; undefined until a load (or after a restore). */
  readonly key?: string;
  /** A key whose load failed: not retried until the view asks for another (or is restored). */
  readonly failed?: string;
  /** The loaded graph: first view and expanded neighbourhoods (plus paths shown). */
  readonly graph: SerializedGraph;
  /** The status line's words for a first view that is an overview (empty when drawn whole). */
  readonly firstViewNote: string;
  /** Facts in force on a day (snapshot), by ISO day, for time travel. */
  readonly inForce: Readonly<Record<string, readonly string[]>>;
  /** Days whose facts in force could not be read: drawn without the day's filter. */
  readonly failedDays: readonly string[];
}

/** The explorer's state. `view` is what a link, a saved view or (later) a story step holds. */
export interface ExplorerState {
  readonly view: ViewState;
  /** Earlier views, oldest first; at most `UNDO_STEPS`. */
  readonly past: readonly ViewState[];
  /** Views undone, next first; at most `UNDO_STEPS`. */
  readonly future: readonly ViewState[];
  readonly highlight?: HighlightIds;
  readonly lanesBy: LaneKey;
  readonly notice?: Notice;
  readonly data: DataState;
}

/** The state before anything is restored or loaded. */
export const INITIAL_EXPLORER_STATE: ExplorerState = {
  view: INITIAL_STATE,
  past: [],
  future: [],
  lanesBy: 'entity',
  data: { graph: mergeGraphs([]), firstViewNote: '', inForce: {}, failedDays: [] },
};

/**
 * What decides which graph a view needs from the API: its scope and expanded entities, in order
 * (e.g. `all|gucci,alibaba`), and the "as known on" day when set (`all|gucci|known=2016-06-01`).
 * Two views with the same key draw from the same loaded graph.
 */
export function dataKeyOf(view: ViewState): string {
  const known = view.known ? `|known=${view.known}` : '';
  return `${view.scope}|${view.expanded.join(',')}${known}`;
}

/** Whether the loaded graph is the one the view needs (or its load failed and will not be retried). */
export function graphReady(state: ExplorerState): boolean {
  const key = dataKeyOf(state.view);
  return state.data.key === key || state.data.failed === key;
}

/** Whether the view's "as of" day (if any) has its facts in force read (or failed to). */
export function dayReady(state: ExplorerState): boolean {
  const day = state.view.asOf;
  return day === undefined || day in state.data.inForce || state.data.failedDays.includes(day);
}

/** Whether views may draw: the data the view needs has arrived (or will not). */
export function isReady(state: ExplorerState): boolean {
  return graphReady(state) && dayReady(state);
}

/** The facts in force on the view's day, when it has one and they were read. */
export function inForceOfView(state: ExplorerState): readonly string[] | undefined {
  const day = state.view.asOf;
  return day === undefined ? undefined : state.data.inForce[day];
}

/** The loaded entity's name, or its id when it is not loaded. */
export function nameOf(state: ExplorerState, id: string): string {
  return state.data.graph.nodes.find((n) => n.key === id)?.attributes.name ?? id;
}

// Everything that can change the explorer's state, as plain serialisable actions, and how each
// one treats the undo history. Pure: no DOM, no fetch.
import type { SerializedGraph } from '../../../../server/domain/model';
import type { EntityKind, FactType } from '../../../../server/domain/vocabulary';
import type { Selection, ViewState, Viewport } from '../view-state';
import type { LaneKey } from './explorer-state';

/** The paths between two entities as the API answered them (what the view needs of them). */
export interface PathsFound {
  readonly paths: readonly {
    readonly nodes: readonly string[];
    readonly edges: readonly string[];
  }[];
  /** The entities and facts on the paths, merged into the loaded graph when some are missing. */
  readonly graph: SerializedGraph;
}

/** A change to the filters: entity kinds and fact types left out, a date range. */
export interface FilterChange {
  readonly hiddenKinds?: readonly EntityKind[];
  readonly hiddenTypes?: readonly FactType[];
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** One change to the explorer's state. */
export type ExplorerAction =
  /** The view read from the address (a link, a saved view, back and forward): loaded afresh. */
  | { readonly type: 'restore'; readonly view: ViewState }
  /** Select an entity or a fact (or nothing); an entity not loaded is expanded when there is room. */
  | { readonly type: 'select'; readonly selection: Selection | undefined }
  /** Add an entity's neighbourhood to the view, and select it. */
  | { readonly type: 'expand'; readonly id: string }
  /**
   * Show only an entity and its neighbours (`depth` 1), or them and their neighbours (`depth`
   * 2): the view becomes their neighbourhoods, the entity selected.
   */
  | { readonly type: 'focus'; readonly id: string; readonly depth: 1 | 2 }
  /** Take an entity's neighbourhood back out. */
  | { readonly type: 'collapse'; readonly id: string }
  /** Leave an entity out of the view. */
  | { readonly type: 'hide'; readonly id: string }
  | { readonly type: 'filter'; readonly change: FilterChange }
  /** The timeline's brush: the date range facts must fall in. */
  | { readonly type: 'range'; readonly from: string | undefined; readonly to: string | undefined }
  /** Time travel to `day` (undefined: all time), with the facts in force that day when read. */
  | {
      readonly type: 'asOf';
      readonly day: string | undefined;
      readonly inForce?: readonly string[];
    }
  /** Record time: the graph as known on `day` (undefined: as known now). */
  | { readonly type: 'known'; readonly day: string | undefined }
  /** Paths found between two entities: highlighted, and their entities added when missing. */
  | {
      readonly type: 'path';
      readonly from: string;
      readonly to: string;
      readonly found: PathsFound;
    }
  | { readonly type: 'clearPath' }
  /** The facts that changed between two days: highlighted. */
  | {
      readonly type: 'compare';
      readonly from: string;
      readonly to: string;
      readonly facts: readonly string[];
    }
  | { readonly type: 'clearCompare' }
  /** An analyst query's result: its entities become the view, all of it highlighted. */
  | {
      readonly type: 'queryResult';
      readonly entities: readonly string[];
      readonly facts: readonly string[];
    }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** The camera moved (or was reset by centring): kept in the address, not in the history. */
  | { readonly type: 'viewport'; readonly viewport: Viewport | undefined }
  | { readonly type: 'playing'; readonly playing: boolean }
  | { readonly type: 'lanes'; readonly by: LaneKey }
  /** The graph for a data key arrived (`firstViewNote`: the overview's words, if any). */
  | {
      readonly type: 'loaded';
      readonly key: string;
      readonly graph: SerializedGraph;
      readonly firstViewNote: string;
    }
  | { readonly type: 'loadFailed'; readonly key: string; readonly message: string }
  /** The facts in force on a day arrived (undefined: they could not be read). */
  | {
      readonly type: 'inForce';
      readonly day: string;
      readonly facts: readonly string[] | undefined;
    }
  /** A message for the status line from outside the reducer (progress, a failure). */
  | { readonly type: 'notice'; readonly text: string; readonly error: boolean };

/** The name of an action. */
export type ActionType = ExplorerAction['type'];

/** How an action treats the undo history. */
export type HistoryRole = 'record' | 'undo' | 'redo' | 'none';

/**
 * Every action's history role, checked by the compiler to be complete: `record` actions put the
 * view they leave in the history (capped), `undo`/`redo` move through it, `none` leave it alone
 * (the camera, playback, data arriving, the view read from the address).
 */
export const HISTORY_ROLE: Readonly<Record<ActionType, HistoryRole>> = {
  restore: 'none',
  select: 'record',
  expand: 'record',
  focus: 'record',
  collapse: 'record',
  hide: 'record',
  filter: 'record',
  range: 'record',
  asOf: 'record',
  known: 'record',
  path: 'record',
  clearPath: 'record',
  compare: 'record',
  clearCompare: 'record',
  queryResult: 'record',
  undo: 'undo',
  redo: 'redo',
  viewport: 'none',
  playing: 'none',
  lanes: 'none',
  loaded: 'none',
  loadFailed: 'none',
  inForce: 'none',
  notice: 'none',
};

/** Actions whose view came from the address itself, so it is not written back. */
export const FROM_ADDRESS: ReadonlySet<ActionType> = new Set<ActionType>(['restore']);

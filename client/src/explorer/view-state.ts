// The explorer's whole view state, and its round trip through the URL (so a link restores it).
import { LIMITS } from '../../../server/domain/limits';
import {
  decodeView,
  encodeView,
  type ExplorerFields,
  type ViewFields,
  type Viewport,
} from '../../../server/domain/view-codec';
import {
  canonicalKind,
  ENTITY_KINDS,
  type EntityKind,
  type FactType,
} from '../../../server/domain/vocabulary';

export type { Viewport };

export type Selection =
  { readonly kind: 'entity'; readonly id: string } | { readonly kind: 'fact'; readonly id: string };

/** The explorer's view: the shared view fields (`ViewFields`) plus its camera, path and playback. */
export interface ViewState extends ViewFields, ExplorerFields {
  /** Entity kinds left out of the view. */
  readonly hiddenKinds: readonly EntityKind[];
  /** Fact types left out of the view. */
  readonly hiddenTypes: readonly FactType[];
  readonly selected?: Selection;
}

export const INITIAL_STATE: ViewState = {
  scope: 'all',
  expanded: [],
  hidden: [],
  hiddenKinds: [],
  hiddenTypes: [],
};

/** The state as URL query parameters (the shared codec); defaults are left out so links stay short. */
export function encodeState(state: ViewState): string {
  return encodeView(state).toString();
}

/**
 * Reads a state from URL query parameters with the shared codec; anything malformed is left
 * out, never trusted, and kinds written with their old names read as today's.
 */
export function decodeState(search: string): ViewState {
  return readState(search).view;
}

/**
 * A state from URL query parameters and what in them was not understood, in words for the
 * reader ("from: must be a calendar day written YYYY-MM-DD"); a reversed date range is dropped.
 */
export function readState(search: string): { view: ViewState; problems: string[] } {
  const read = decodeView(new URLSearchParams(search), LIMITS.expandedPerView);
  const reversed = read.problems.some((p) => p.param === 'to' && p.message === 'is before from');
  const view = reversed ? { ...read.view, from: undefined, to: undefined } : read.view;
  const problems = read.problems.map((p) => `${p.param}: ${p.message}`);
  return { view: withKinds(view), problems };
}

function withKinds(view: ReturnType<typeof decodeView>['view']): ViewState {
  const kinds = new Set<string>(ENTITY_KINDS);
  return {
    ...view,
    hiddenKinds: view.hiddenKinds
      .map((k) => canonicalKind(k))
      .filter((k): k is EntityKind => kinds.has(k)),
  };
}

/** The URL parameter of a link to a saved view: `?saved=ID`. */
export const SAVED_PARAM = 'saved';

/**
 * Where a state goes in the address bar: its query string when it holds at most
 * `LIMITS.urlChars` characters, else nothing inline: the query must be saved on the server and
 * linked as `?saved=ID` (22 characters), so every address stays under the limit.
 */
export function addressOf(state: ViewState): { readonly query: string; readonly inline: boolean } {
  const query = encodeState(state);
  return { query, inline: query.length <= LIMITS.urlChars };
}

/** The saved-view id a query string links to, if any (22 base64url characters). */
export function savedViewOf(search: string): string | undefined {
  const id = new URLSearchParams(search).get(SAVED_PARAM);
  return id !== null && /^[A-Za-z0-9_-]{22}$/.test(id) ? id : undefined;
}

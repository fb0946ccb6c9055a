// A story step's view, read from its query string with the shared codec (pure: the server checks
// steps with it, the story embed reads them with it), and what changed in a step's data since
// it was pinned.
import { normaliseView, type EmbedPayload, type EmbedView } from './embed-view';
import { LIMITS } from './limits';
import {
  decodeView,
  EXPLORER_PARAMS,
  VIEW_PARAMS,
  type ExplorerFields,
  type ViewProblem,
} from './view-codec';
import type { StoryStepChanges } from './wire/story';

/** A step's view: what its data is read for, and the explorer's camera and path. */
export interface StepView {
  readonly view: EmbedView;
  readonly explorer: ExplorerFields;
}

const ALLOWED: readonly string[] = [...VIEW_PARAMS, ...EXPLORER_PARAMS];

/**
 * Reads a step's view query string strictly: unknown or repeated parameters and malformed values
 * are problems (named by parameter), none is dropped silently.
 */
export function readStepView(query: string): {
  readonly step: StepView;
  readonly problems: readonly ViewProblem[];
} {
  const p = new URLSearchParams(query);
  const problems: ViewProblem[] = [];
  for (const key of new Set(p.keys())) {
    if (!ALLOWED.includes(key)) problems.push({ param: key, message: 'is not a view parameter' });
    else if (p.getAll(key).length > 1)
      problems.push({ param: key, message: 'given more than once' });
  }
  const { view, problems: codec } = decodeView(p, LIMITS.embedIds);
  const { path, playing, compare, viewport, ...fields } = view;
  return {
    step: {
      view: normaliseView(fields),
      explorer: {
        ...(path ? { path } : {}),
        ...(playing ? { playing } : {}),
        ...(compare ? { compare } : {}),
        ...(viewport ? { viewport } : {}),
      },
    },
    problems: [...problems, ...codec],
  };
}

const factText = (e: EmbedPayload['graph']['edges'][number]): string =>
  JSON.stringify([e.source, e.target, e.attributes]);

/**
 * What `current` shows differently from `pinned` (one step's data): entities added and removed,
 * facts added, removed and changed (same id, other ends, dates, sources or attributes), ids sorted.
 */
export function stepChanges(
  step: number,
  pinned: EmbedPayload,
  current: EmbedPayload,
): StoryStepChanges {
  const nodesBefore = new Set(pinned.graph.nodes.map((n) => n.key));
  const nodesNow = new Set(current.graph.nodes.map((n) => n.key));
  const before = new Map(pinned.graph.edges.map((e) => [e.key, factText(e)]));
  const now = new Map(current.graph.edges.map((e) => [e.key, factText(e)]));
  const only = (a: Iterable<string>, b: { has(k: string): boolean }): string[] =>
    [...a].filter((k) => !b.has(k)).sort();
  return {
    step,
    entities: { added: only(nodesNow, nodesBefore), removed: only(nodesBefore, nodesNow) },
    facts: {
      added: only(now.keys(), before),
      removed: only(before.keys(), now),
      changed: [...now]
        .filter(([k, text]) => before.has(k) && before.get(k) !== text)
        .map(([k]) => k)
        .sort(),
    },
  };
}

/** Whether a step's changes list anything. */
export function hasChanges(c: StoryStepChanges): boolean {
  return (
    c.entities.added.length +
      c.entities.removed.length +
      c.facts.added.length +
      c.facts.removed.length +
      c.facts.changed.length >
    0
  );
}

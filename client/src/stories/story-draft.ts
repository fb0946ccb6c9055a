// The story being written in the explorer, as plain data (pure): its words, its steps (each a
// captured view), and the changes the story panel makes to them.
import type { StoryInput, StoryStep, StoryStepLayout } from '../../../server/domain/wire/story';
import { LIMITS } from '../../../server/domain/limits';

/** A story draft: unsaved until it has an id; `revision` is the one last read or saved. */
export interface StoryDraft {
  readonly id?: string;
  readonly revision?: number;
  readonly title: string;
  readonly summary: string;
  readonly author: string;
  readonly steps: readonly StoryStep[];
}

/** An empty draft. */
export const EMPTY_DRAFT: StoryDraft = { title: '', summary: '', author: '', steps: [] };

/** What the explorer shows now, captured as a step: its whole view query and its highlight. */
export interface CapturedView {
  readonly view: string;
  readonly highlight?: { readonly nodes: readonly string[]; readonly edges: readonly string[] };
  /** Where the explorer drew the entities, and its graph area's size (the camera is in `view`). */
  readonly layout?: StoryStepLayout;
  /** Titles of the sources of the facts it selects or highlights (shown in the panel only). */
  readonly sources?: readonly string[];
}

const asStep = (captured: CapturedView, caption: string): StoryStep => ({
  view: captured.view,
  caption,
  ...(captured.highlight && captured.highlight.nodes.length + captured.highlight.edges.length > 0
    ? { highlight: { nodes: [...captured.highlight.nodes], edges: [...captured.highlight.edges] } }
    : {}),
  ...(captured.layout ? { layout: captured.layout } : {}),
});

/** Adds the captured view as the last step (at most `LIMITS.storySteps`; beyond, unchanged). */
export function addStep(draft: StoryDraft, captured: CapturedView): StoryDraft {
  if (draft.steps.length >= LIMITS.storySteps) return draft;
  return { ...draft, steps: [...draft.steps, asStep(captured, '')] };
}

/** Replaces step `i`'s view with the captured one, keeping its caption. */
export function replaceView(draft: StoryDraft, i: number, captured: CapturedView): StoryDraft {
  const step = draft.steps[i];
  if (!step) return draft;
  return {
    ...draft,
    steps: draft.steps.map((s, j) => (j === i ? asStep(captured, s.caption) : s)),
  };
}

/** Sets step `i`'s caption. */
export function setCaption(draft: StoryDraft, i: number, caption: string): StoryDraft {
  return { ...draft, steps: draft.steps.map((s, j) => (j === i ? { ...s, caption } : s)) };
}

/** The list with item `i` moved by `by` places (clamped); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], i: number, by: number): readonly T[] {
  const to = Math.max(0, Math.min(list.length - 1, i + by));
  const item = list[i];
  if (item === undefined || to === i) return list;
  const moved = list.filter((_, j) => j !== i);
  moved.splice(to, 0, item);
  return moved;
}

/** Moves step `i` by `by` places (clamped to the list). */
export function moveStep(draft: StoryDraft, i: number, by: number): StoryDraft {
  const steps = moveItem(draft.steps, i, by);
  return steps === draft.steps ? draft : { ...draft, steps };
}

/** Removes step `i`. */
export function removeStep(draft: StoryDraft, i: number): StoryDraft {
  return { ...draft, steps: draft.steps.filter((_, j) => j !== i) };
}

/** The body of a save (POST for a new story, PUT with the revision for a stored one). */
export function toInput(draft: StoryDraft): StoryInput {
  return {
    title: draft.title,
    summary: draft.summary,
    author: draft.author,
    steps: draft.steps,
    ...(draft.revision !== undefined ? { revision: draft.revision } : {}),
  };
}

/** A step's view in words: its focus, day or range, and selection (for the step list). */
export function describeView(query: string): string {
  const p = new URLSearchParams(query);
  const parts = [
    p.get('expanded') ? `focus ${p.get('expanded') ?? ''}` : 'whole graph',
    p.get('asOf') ? `as of ${p.get('asOf') ?? ''}` : null,
    p.get('from') || p.get('to') ? `${p.get('from') ?? '…'} to ${p.get('to') ?? '…'}` : null,
    p.get('entity') ? `selected ${p.get('entity') ?? ''}` : null,
    p.get('fact') ? `fact ${p.get('fact') ?? ''}` : null,
    p.get('path') ? `path ${p.get('path') ?? ''}` : null,
  ];
  return parts.filter((s): s is string => s !== null).join(' · ');
}

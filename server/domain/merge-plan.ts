// What merging entity B into entity A changes, decided before anything is written, and what an
// undo puts back. Pure. The merge is a person's decision (a candidate list only suggests).
//
// B's facts move to A (same id and properties, B's end replaced by A); a fact between A and B
// would become a loop, which the graph does not allow (`allowSelfLoops: false`), so it stays
// attached to B, hidden while the merge stands. B's name and aliases become A's aliases; A keeps
// its own summary and takes B's when it has none. B's node is kept (relabelled, out of every
// read) with all its stored properties, so undo restores it exactly.
import type { Entity, Fact } from './model';
import { matchKey } from './merge-candidates';

/** A revision a merge or undo writes: the whole wire record before and after (null: none). */
export interface PlannedRevision {
  readonly target: 'entity' | 'fact';
  readonly targetId: string;
  readonly before: Entity | Fact | null;
  readonly after: Entity | Fact | null;
}

/** The merge of `from` into `into`, as the write needs it and the undo reads it back. */
export interface MergePlan {
  readonly into: string;
  readonly from: string;
  /** A's aliases after the merge (B's name and aliases added, A's name and repeats left out). */
  readonly aliases: readonly string[];
  /** A's summary after the merge (null: none). */
  readonly summary: string | null;
  /** Ids of B's facts that move to A. */
  readonly moved: readonly string[];
  /** Ids of facts between A and B, hidden with B while the merge stands. */
  readonly hidden: readonly string[];
  /** One revision per record the merge changes: A, B, each moved and each hidden fact. */
  readonly revisions: readonly PlannedRevision[];
}

/** Why a merge cannot be planned (the route answers 409 or 422 with it). */
export class MergeRefusal extends Error {
  /** `same`: A and B are one entity. */
  constructor(
    readonly reason: 'same',
    message: string,
  ) {
    super(message);
    this.name = 'MergeRefusal';
  }
}

/**
 * The aliases of A after taking B's name and aliases: A's first, in order, then B's; a text
 * whose normalised form (`matchKey`) equals A's name or an earlier alias is left out.
 */
export function mergedAliases(into: Entity, from: Entity): string[] {
  const seen = new Set([matchKey(into.name)]);
  const out: string[] = [];
  for (const alias of [...into.aliases, from.name, ...from.aliases]) {
    const key = matchKey(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** A fact with B's end replaced by A. */
function moveFact(fact: Fact, from: string, into: string): Fact {
  return {
    ...fact,
    subject: fact.subject === from ? into : fact.subject,
    object: fact.object === from ? into : fact.object,
  };
}

/**
 * The plan for merging `from` (B, with `facts`: every fact touching B) into `into` (A).
 * MergeRefusal when A and B are the same entity.
 */
export function planMerge(into: Entity, from: Entity, facts: readonly Fact[]): MergePlan {
  if (into.id === from.id)
    throw new MergeRefusal('same', `"${into.id}" cannot be merged into itself`);
  const aliases = mergedAliases(into, from);
  const summary = into.summary ?? from.summary ?? null;
  const after: Entity = {
    ...into,
    aliases,
    ...(summary === null ? {} : { summary }),
  };
  const moved: string[] = [];
  const hidden: string[] = [];
  const revisions: PlannedRevision[] = [
    { target: 'entity', targetId: into.id, before: into, after },
    { target: 'entity', targetId: from.id, before: from, after: null },
  ];
  for (const fact of facts) {
    const touchesA = fact.subject === into.id || fact.object === into.id;
    if (touchesA) {
      hidden.push(fact.id);
      revisions.push({ target: 'fact', targetId: fact.id, before: fact, after: null });
    } else {
      moved.push(fact.id);
      const then = moveFact(fact, from.id, into.id);
      revisions.push({ target: 'fact', targetId: fact.id, before: fact, after: then });
    }
  }
  return { into: into.id, from: from.id, aliases, summary, moved, hidden, revisions };
}

/**
 * The revisions an undo writes: each of the merge's revisions turned round (after becomes
 * before), in the same order.
 */
export function undoRevisions(merged: readonly PlannedRevision[]): PlannedRevision[] {
  return merged.map((r) => ({ ...r, before: r.after, after: r.before }));
}

/**
 * Where an id leads while merges stand: `into` by `from`, followed until an id that was not
 * merged (a chain B -> A -> C leads to C). A loop (which a standing merge never makes) stops at
 * the id seen twice.
 */
export function redirectOf(id: string, into: ReadonlyMap<string, string>): string {
  const seen = new Set<string>([id]);
  let at = id;
  for (let next = into.get(at); next !== undefined; next = into.get(at)) {
    if (seen.has(next)) break;
    seen.add(next);
    at = next;
  }
  return at;
}

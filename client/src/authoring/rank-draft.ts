// A claim's rank as the rank form holds it (Wikidata's preferred, normal, deprecated; disputed
// is normal or preferred plus `disputed: true`, still counted) and the PATCH it sends. Pure.
import type { MissingField } from '../../../server/domain/citation-rules';
import type { Fact } from '../../../server/domain/model';
import type { Rank } from '../../../server/domain/wire/graph';
import type { FactPatch } from '../../../server/domain/wire/authoring';

/** The rank form's fields. */
export interface RankDraft {
  readonly rank: Rank;
  readonly disputed: boolean;
  readonly reason: string;
  readonly comment: string;
}

/** The form's fields for `fact` (rank absent: normal). */
export function draftOfRank(fact: Fact): RankDraft {
  return {
    rank: fact.rank ?? 'normal',
    disputed: fact.disputed ?? false,
    reason: fact.rankReason ?? '',
    comment: '',
  };
}

/** A deprecated or disputed claim needs the reason. */
export function rankMissing(draft: RankDraft): MissingField[] {
  if ((draft.rank === 'deprecated' || draft.disputed) && draft.reason.trim() === '') {
    return [{ path: 'rankReason', message: 'Say why the claim is deprecated or disputed' }];
  }
  return [];
}

/**
 * The body of `PATCH /api/facts/{id}` that ranks `opened` from its revision (0 for a loaded
 * fact): rank, disputed and the reason (empty: cleared); null when nothing changed.
 */
export function rankPatchOf(opened: Fact, draft: RankDraft): FactPatch | null {
  const before = draftOfRank(opened);
  const reason = draft.reason.trim();
  if (
    draft.rank === before.rank &&
    draft.disputed === before.disputed &&
    reason === before.reason
  ) {
    return null;
  }
  const comment = draft.comment.trim();
  return {
    revision: opened.revision ?? 0,
    rank: draft.rank,
    disputed: draft.disputed,
    rankReason: reason === '' ? null : reason,
    ...(comment ? { comment } : {}),
  };
}

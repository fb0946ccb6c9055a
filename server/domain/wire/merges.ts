// Wire shapes of merges: a merge or its undo as the API answers it, and the suggested pairs.
import { z } from 'zod';
import type { Wire } from './readonly';

/** A merge of `from` (B) into `into` (A), or its undo (`undone`). */
export const mergeResponse = z
  .object({
    merge: z.string().describe('The merge id: POST /api/merges/{merge}/undo undoes it'),
    into: z.string().describe('A: the entity kept'),
    from: z.string().describe("B: the entity merged away; its id redirects to A's"),
    undone: z.boolean(),
    at: z.string().describe('When it was written (ISO 8601, UTC)'),
    revisions: z.array(z.number().int()).describe('The seqs of the revisions written'),
    moved: z.array(z.string()).describe("B's facts moved to A"),
    hidden: z.array(z.string()).describe('Facts between A and B, hidden while the merge stands'),
  })
  .meta({ id: 'MergeResponse' });
export type MergeResponse = Wire<typeof mergeResponse>;

/** Why two entities are suggested. */
const candidateReason = z.object({
  match: z.enum(['name', 'alias', 'externalId']),
  value: z.string().describe('The normalised name or alias, or `scheme:value` of the id'),
});

/** Suggested merges: nothing is merged without a person. */
export const mergeCandidatesResponse = z
  .object({
    pairs: z.array(
      z.object({
        into: z.string(),
        from: z.string(),
        names: z.tuple([z.string(), z.string()]).describe('The names of `into` and `from`'),
        reasons: z.array(candidateReason),
      }),
    ),
    truncated: z
      .boolean()
      .describe('Whether only the first entities of a large graph were compared'),
  })
  .meta({ id: 'MergeCandidatesResponse' });
export type MergeCandidatesResponse = Wire<typeof mergeCandidatesResponse>;

// Wire shapes of authoring: what the write endpoints take (entities, facts, sources, changes
// with the revision they start from) and the revisions they answer with (history).
import { z } from 'zod';
import { LIMITS } from '../limits';
import { ENTITY_ID_PATTERN } from '../vocabulary';
import { citation, entity, entityKind, fact, factType, rank, source } from './graph';
import type { Wire } from './readonly';
import { factTime } from './time';

const recordId = z.string().regex(ENTITY_ID_PATTERN);
const comment = z
  .string()
  .max(LIMITS.authoredCommentChars)
  .optional()
  .describe('Why: kept in the revision');
const name = z.string().trim().min(1).max(LIMITS.authoredNameChars);
const summary = z.string().max(LIMITS.authoredSummaryChars);
const reason = z.string().max(LIMITS.authoredCommentChars);
const aliases = z.array(name).max(LIMITS.authoredAliases);
const citations = z.array(citation).max(LIMITS.authoredCitations);
/** The revision a change starts from (or `If-Match: "<revision>"`); 0 for a loaded record. */
const fromRevision = z.number().int().nonnegative().optional();
const attributes = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** `POST /api/entities`: a new entity; the id is made from the name when not given. */
export const entityInput = z.strictObject({
  id: recordId.optional(),
  kind: entityKind,
  name,
  aliases: aliases.optional(),
  summary: summary.optional(),
  comment,
});
export type EntityInput = Wire<typeof entityInput>;

/** `PATCH /api/entities/{id}`: the fields that change (summary null clears it). */
export const entityPatch = z.strictObject({
  revision: fromRevision,
  kind: entityKind.optional(),
  name: name.optional(),
  aliases: aliases.optional(),
  summary: summary.nullable().optional(),
  comment,
});
export type EntityPatch = Wire<typeof entityPatch>;

/** `POST /api/facts`: a wire Fact without its id (made when not given); >= 1 citation. */
export const factInput = z.strictObject({
  id: recordId.optional(),
  type: factType,
  subject: recordId,
  object: recordId,
  time: factTime.optional(),
  attributes: attributes.optional(),
  claim: z.string().max(LIMITS.authoredClaimChars).optional(),
  sources: citations.optional().describe('At least one (else 422)'),
  rank: rank.optional(),
  rankReason: reason.optional(),
  disputed: z.boolean().optional(),
  comment,
});
export type FactInput = Wire<typeof factInput>;

/** `PATCH /api/facts/{id}`: the fields that change, ranks included; null clears a field. */
export const factPatch = z.strictObject({
  revision: fromRevision,
  type: factType.optional(),
  subject: recordId.optional(),
  object: recordId.optional(),
  time: factTime.optional(),
  attributes: attributes.optional(),
  claim: z.string().max(LIMITS.authoredClaimChars).nullable().optional(),
  sources: citations.optional(),
  rank: rank.optional(),
  rankReason: reason.nullable().optional(),
  disputed: z.boolean().optional(),
  comment,
});
export type FactPatch = Wire<typeof factPatch>;

/** `POST /api/sources`: a wire Source, its id made when not given. */
export const sourceInput = source
  .omit({ revision: true })
  .extend({
    id: recordId.optional(),
    title: name,
    publisher: name,
    url: z
      .url({ protocol: /^https?$/ })
      .max(LIMITS.urlChars)
      .optional(),
    published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    comment,
  })
  .strict();
export type SourceInput = Wire<typeof sourceInput>;

/** `DELETE /api/facts/{id}` and reverts: the revision to start from, and why. */
export const changeNote = z.strictObject({ revision: fromRevision, comment });

/** What a revision did. */
export const revisionAction = z.enum([
  'create',
  'update',
  'retract',
  'revert',
  'rank',
  'merge',
  'unmerge',
  'load',
  'import',
]);

/** One append-only revision, with its field-by-field changes. */
export const revision = z
  .object({
    id: z.string().describe('`rev-<seq>`'),
    seq: z.number().int(),
    at: z.string().describe('ISO 8601 date-time, UTC (server clock)'),
    editor: z.string(),
    comment: z.string().optional(),
    action: revisionAction,
    target: z.enum(['entity', 'fact', 'source', 'file']),
    targetId: z.string(),
    file: z.string().optional(),
    revertOf: z.string().optional().describe('The revision this one reverted'),
    before: z.unknown().describe('The whole record before (null: it did not exist)'),
    after: z.unknown().describe('The whole record after (null: retracted)'),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'Revision' });
export type Revision = Wire<typeof revision>;

/** `GET /api/revisions`: newest first. */
export const revisionsAnswer = z
  .object({ revisions: z.array(revision) })
  .meta({ id: 'RevisionsAnswer' });
export type RevisionsAnswer = Wire<typeof revisionsAnswer>;

/** `GET /api/revisions` query: one of entity, fact or source. */
export const revisionsQuery = z
  .strictObject({
    entity: recordId.optional(),
    fact: recordId.optional(),
    source: recordId.optional(),
    limit: z.coerce.number().int().min(1).max(LIMITS.revisionsPerAnswer).optional(),
  })
  .refine((q) => [q.entity, q.fact, q.source].filter((v) => v !== undefined).length === 1, {
    error: 'Give exactly one of entity, fact or source',
  });

/** A written entity as the write endpoints answer it (its new `revision` included). */
export const entityRecord = entity.meta({ id: 'EntityRecord' });

/** A written fact as the write endpoints answer it (its new `revision` included). */
export const factRecord = fact.meta({ id: 'FactRecord' });

/** `DELETE /api/facts/{id}`: the fact retracted and the seq of the revision that did it. */
export const retracted = z
  .object({ id: z.string(), revision: z.number().int() })
  .meta({ id: 'Retracted' });

/** `POST /api/revisions/{id}/revert`: the new revision's seq and the record now (null: none). */
export const reverted = z
  .object({
    revision: z.number().int(),
    record: z.union([entity, fact]).nullable(),
  })
  .meta({ id: 'Reverted' });
export type Reverted = Wire<typeof reverted>;

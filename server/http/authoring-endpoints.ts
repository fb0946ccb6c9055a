// The authoring operations of the OpenAPI document: writes by named editors (each one revision,
// optimistic concurrency by revision) and the history of a record (see ARCHITECTURE.md).
import {
  changeNote,
  entityInput,
  entityPatch,
  factInput,
  factPatch,
  revisionsQuery,
  sourceInput,
} from '../domain/wire/authoring';
import type { Endpoint } from './endpoint';

const BODY_ERRORS = {
  '413': 'Body too large',
  '415': 'Body not application/json',
} as const;
const STALE = {
  '409':
    'Stale revision: someone saved the record since; the problem carries `current` (stored) and `yours` (sent)',
} as const;
const UNCITED = {
  '422':
    'A fact without a citation (`sources`), a statement without its quoted span (`sources[0].span`), or an unknown end, source or type: `errors[]` names each field. Nothing is written.',
} as const;
const CHANGE =
  'Send the revision you started from as the body field `revision` or as `If-Match: "<revision>"` (0 for a record only the loader or an import wrote). Needs an editor token; the answer is the record with its new `revision`.';

/** The authoring endpoints, in the order the document lists them. */
export function authoringEndpoints(): Endpoint[] {
  return [
    {
      method: 'post',
      path: '/api/sources',
      summary: 'Add a source',
      description:
        'A document that states facts (an article: URL, publisher, title, publication date). The id is made from the title unless given. Needs an editor token.',
      body: sourceInput,
      response: 'Source',
      okStatus: '201',
      token: 'editor',
      errors: { ...BODY_ERRORS, '409': 'A source with this id exists' },
    },
    {
      method: 'post',
      path: '/api/entities',
      summary: 'Add an entity',
      description:
        'An entity (kind, name, aliases, summary); the id is made from the name unless given. Needs an editor token.',
      body: entityInput,
      response: 'EntityRecord',
      okStatus: '201',
      token: 'editor',
      errors: { ...BODY_ERRORS, '409': 'An entity with this id exists' },
    },
    {
      method: 'patch',
      path: '/api/entities/{id}',
      summary: 'Edit an entity',
      description: `The fields that change (summary null clears it). ${CHANGE}`,
      pathParams: ['id'],
      body: entityPatch,
      response: 'EntityRecord',
      token: 'editor',
      errors: { ...BODY_ERRORS, ...STALE },
    },
    {
      method: 'post',
      path: '/api/facts',
      summary: 'Add a fact',
      description:
        "A fact (type, subject, object, time with precision and the source's wording, attributes, claim key, rank) with at least one citation: `sources: [{source, span: {text, start, end}}]`. Needs an editor token.",
      body: factInput,
      response: 'FactRecord',
      okStatus: '201',
      token: 'editor',
      errors: { ...BODY_ERRORS, '409': 'A fact with this id exists', ...UNCITED },
    },
    {
      method: 'patch',
      path: '/api/facts/{id}',
      summary: 'Edit or rank a fact',
      description: `The fields that change; \`rank\` (preferred, normal, deprecated) with \`rankReason\`, and \`disputed\`, rank a claim (the state on a day counts preferred claims, never deprecated ones). ${CHANGE}`,
      pathParams: ['id'],
      body: factPatch,
      response: 'FactRecord',
      token: 'editor',
      errors: { ...BODY_ERRORS, ...STALE, ...UNCITED },
    },
    {
      method: 'delete',
      path: '/api/facts/{id}',
      summary: 'Retract a fact',
      description:
        'Removes the fact from the current graph; its revision keeps the whole fact, so a revert brings it back. An optional body `{revision, comment}` (or If-Match) guards against a stale view. Needs an editor token.',
      pathParams: ['id'],
      body: changeNote,
      response: 'Retracted',
      token: 'editor',
      errors: { ...BODY_ERRORS, ...STALE },
    },
    {
      method: 'get',
      path: '/api/revisions',
      summary: 'History of a record',
      description:
        'The revisions of one entity, fact or source (exactly one of the parameters), newest first: who, when, why, the action, the whole record before and after, and the changes field by field. The history of an entity includes that of the entities merged into it while those merges stand (`targetId` says whose).',
      query: revisionsQuery,
      response: 'RevisionsAnswer',
    },
    {
      method: 'post',
      path: '/api/revisions/{revision}/revert',
      summary: 'Revert a revision',
      description:
        'Writes a new revision that puts back the record as it was before revision `rev-<n>` (a created fact is retracted, a retracted one returns). Body `{comment?}`. Needs an editor token.',
      pathParams: ['revision'],
      body: changeNote,
      response: 'Reverted',
      token: 'editor',
      errors: {
        ...BODY_ERRORS,
        '404': 'Unknown revision',
        '409': 'This revision cannot be reverted (a source, a file, an entity created)',
      },
    },
  ];
}

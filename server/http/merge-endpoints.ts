// The merge operations of the OpenAPI document: merge B into A, undo a merge, the suggested
// pairs (see README, "Merging duplicates").
import type { Endpoint } from './endpoint';
import * as input from './query-schemas';

/** The merge endpoints, in the order the document lists them. */
export const MERGE_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'post',
    path: '/api/entities/{id}/merge',
    summary: 'Merge an entity into this one',
    description:
      "Merges `from` (B) into this entity (A): B's facts move to A (ids and properties kept), B's name and aliases become A's aliases, A takes B's summary when it has none; facts between A and B are hidden while the merge stands (the graph has no loops). B's id redirects to A's while the merge stands (entity page 307, not cached; neighbourhoods; embeds). One revision (action `merge`) per record changed. With `revision`, 409 when A changed since. Needs an editor token; nothing is written on a refusal.",
    pathParams: ['id'],
    body: input.mergeBody,
    response: 'MergeResponse',
    token: 'editor',
    errors: {
      '403': 'Editing is off: no editor token is configured',
      '409': 'A changed since `revision`',
    },
  },
  {
    method: 'post',
    path: '/api/merges/{merge}/undo',
    summary: 'Undo a merge',
    description:
      'Restores exactly what was before the merge: B with every property and label, its facts back on it with their properties, A as it was (aliases, summary, revision). One revision (action `unmerge`) per record. 409 when undone already, when A or a moved fact changed since (revert that first) or A was merged away. Needs an editor token.',
    pathParams: ['merge'],
    body: input.undoMergeBody,
    response: 'MergeResponse',
    token: 'editor',
    errors: {
      '403': 'Editing is off: no editor token is configured',
      '404': 'Unknown merge',
      '409': 'Undone already, or changed since the merge',
    },
  },
  {
    method: 'get',
    path: '/api/merge-candidates',
    summary: 'Suggested merges',
    description:
      'Pairs of entities that may be one: the same external id (LEI, Wikidata item, registration number, ...), or within one kind the same normalised name or alias (Unicode compatibility forms, accents, case and punctuation ignored). The better-connected one is `into`. Strongest first. Only suggestions: nothing is merged without a person.',
    query: input.mergeCandidatesQuery,
    response: 'MergeCandidatesResponse',
  },
];

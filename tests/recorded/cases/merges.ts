// Merges: what merging, undoing and the suggested pairs send and answer.
import { expect } from 'vitest';
import { CANDIDATE_SCAN } from '../../../server/merging/candidates';
import type { RecordedCase } from '../harness';
import { entityRow, factRow, GUCCI } from '../world';

const TOKEN = 'alice-token-0123456789';
const EDITORS = () => ({ editors: new Map([[TOKEN, 'alice']]) });
const AUTH = { authorization: `Bearer ${TOKEN}` };
const DUP = entityRow('gucci-2', 'Brand', 'Gucci SpA');
const MERGE_ID = '0b7f3c1e-2a4d-4c6b-9e8f-1a2b3c4d5e6f';
/** A fact of the duplicate: Kering owns it. */
const OWNS_DUP = factRow('f-owns-dup', 'OWNS', 'kering', 'gucci-2', {});

/** The merge routes' cases. */
/** Revision rows of entities (and snapshots without ends) keep no fact ends. */
const NO_ENDS = { beforeSubject: null, beforeObject: null };

export const mergeCases: readonly RecordedCase[] = [
  {
    endpoint: 'POST /api/entities/{id}/merge',
    title: 'reads both entities and B’s facts, then one statement moves them and writes revisions',
    path: '/api/entities/gucci/merge',
    method: 'POST',
    headers: AUTH,
    body: JSON.stringify({ from: 'gucci-2', comment: 'same brand' }),
    app: EDITORS,
    rows: {
      'merge-read': [[{ into: GUCCI, from: DUP, facts: [OWNS_DUP] }]],
      'merge-apply': [[{ id: MERGE_ID, at: '2026-01-02T03:04:05Z', firstSeq: 11, lastSeq: 13 }]],
    },
    sends: [
      { query: 'merge-read', params: { into: 'gucci', from: 'gucci-2' } },
      {
        query: 'merge-apply',
        params: expect.objectContaining({
          into: 'gucci',
          from: 'gucci-2',
          editor: 'alice',
          comment: 'same brand',
          aliases: ['Gucci SpA'],
          aliasText: 'Gucci SpA',
          moved: ['f-owns-dup'],
          hidden: [],
          offsets: { 'f-owns-dup': 3 },
          intoBefore: JSON.stringify({
            aliases: [],
            aliasText: null,
            summary: null,
            revision: null,
          }),
          movedBefore: JSON.stringify([{ id: 'f-owns-dup', revision: null }]),
        }) as never,
      },
    ],
    status: 200,
    answerHas: {
      into: 'gucci',
      from: 'gucci-2',
      undone: false,
      revisions: [11, 12, 13],
      moved: ['f-owns-dup'],
    },
  },
  {
    endpoint: 'POST /api/merges/{merge}/undo',
    title: 'checks nothing changed since, then one statement turns every merge revision round',
    path: `/api/merges/${MERGE_ID}/undo`,
    method: 'POST',
    headers: AUTH,
    app: EDITORS,
    rows: {
      'merge-by-id': [
        [
          {
            merge: {
              id: MERGE_ID,
              into: 'gucci',
              from: 'gucci-2',
              undone: false,
              intoBefore: JSON.stringify({
                aliases: [],
                aliasText: null,
                summary: null,
                revision: 4,
              }),
              movedBefore: JSON.stringify([{ id: 'f-owns-dup', revision: null }]),
              moved: ['f-owns-dup'],
              hidden: [],
              firstSeq: 11,
              lastSeq: 13,
            },
            intoRevision: 11,
            fromKept: true,
            movedNow: [{ id: 'f-owns-dup', revision: 13 }],
          },
        ],
      ],
      'merge-revisions': [
        [
          {
            seq: 11,
            target: 'entity',
            targetId: 'gucci',
            before: '{"id":"gucci"}',
            after: '{"id":"gucci","x":1}',
          },
          {
            seq: 12,
            target: 'entity',
            targetId: 'gucci-2',
            before: '{"id":"gucci-2"}',
            after: null,
          },
          {
            seq: 13,
            target: 'fact',
            targetId: 'f-owns-dup',
            before: '{"id":"f"}',
            after: '{"id":"f","o":1}',
          },
        ],
      ],
      'merge-undo': [[{ id: MERGE_ID, at: '2026-01-02T04:00:00Z', firstSeq: 14, lastSeq: 16 }]],
    },
    sends: [
      { query: 'merge-by-id', params: { id: MERGE_ID } },
      { query: 'merge-revisions', params: { merge: MERGE_ID } },
      {
        query: 'merge-undo',
        params: {
          mergeId: MERGE_ID,
          editor: 'alice',
          comment: null,
          revisions: [
            {
              target: 'entity',
              targetId: 'gucci',
              before: '{"id":"gucci","x":1}',
              after: '{"id":"gucci"}',
              ...NO_ENDS,
            },
            {
              target: 'entity',
              targetId: 'gucci-2',
              before: null,
              after: '{"id":"gucci-2"}',
              ...NO_ENDS,
            },
            {
              // The fact's snapshot here names no ends (a real one does: beforeEnds).
              target: 'fact',
              targetId: 'f-owns-dup',
              before: '{"id":"f","o":1}',
              after: '{"id":"f"}',
              ...NO_ENDS,
            },
          ],
          factRevisions: { 'f-owns-dup': null },
          aliases: [],
          aliasText: null,
          summary: null,
          intoRevision: 4,
        },
      },
    ],
    status: 200,
    answer: {
      merge: MERGE_ID,
      into: 'gucci',
      from: 'gucci-2',
      undone: true,
      at: '2026-01-02T04:00:00Z',
      revisions: [14, 15, 16],
      moved: ['f-owns-dup'],
      hidden: [],
    },
  },
  {
    endpoint: 'GET /api/merge-candidates',
    title: 'one bounded read of the entities, pairs found in memory',
    path: '/api/merge-candidates?limit=5',
    rows: {
      'merge-candidates': [
        [
          { id: 'gucci', kind: 'Brand', name: 'Gucci', aliases: [], props: {}, degree: 3 },
          { id: 'gucci-2', kind: 'Brand', name: 'GUCCI', aliases: [], props: {}, degree: 1 },
          { id: 'kering', kind: 'Company', name: 'Kering', aliases: [], props: {}, degree: 2 },
        ],
      ],
    },
    sends: [{ query: 'merge-candidates', params: { limit: CANDIDATE_SCAN + 1 } }],
    status: 200,
    answer: {
      pairs: [
        {
          into: 'gucci',
          from: 'gucci-2',
          names: ['Gucci', 'GUCCI'],
          reasons: [{ match: 'name', value: 'gucci' }],
        },
      ],
      truncated: false,
    },
  },
];

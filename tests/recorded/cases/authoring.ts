// Authoring: what each write and history endpoint sends (in its one transaction) and answers.
import { expect } from 'vitest';
import { factToProperties } from '../../../server/domain/fact-record';
import type { Fact } from '../../../server/domain/model';
import type { Row } from '../../../server/neo4j/gateway';
import type { RecordedCase } from '../harness';

const TOKEN = 'alice-token-0123456789';
const EDITOR = { authorization: `Bearer ${TOKEN}` };
const app = () => ({ editors: new Map([[TOKEN, 'alice']]) });
const AT = '2026-01-01T10:00:00Z';
const NEXT = { 'revision-next': [[{ seq: 7, at: AT }]] };
const ANY_TEXT = expect.any(String) as string;

/** An entity row as entities-by-id answers it. */
function entityRow(name: string, revision?: number): Row {
  return {
    id: 'jane-roe',
    kind: 'Person',
    name,
    aliases: [],
    summary: null,
    props: revision === undefined ? {} : { revision },
    ints: [],
    labels: [],
  };
}

const SOURCE_ROW = {
  id: 's-second',
  kind: 'news-article',
  title: 'A second article',
  publisher: 'associated-press',
  url: 'https://example.org/a',
  published: '2016-06-20',
  author: null,
  revision: 7,
};

const FACT: Fact = {
  id: 'f-roe-iacc',
  type: 'WORKS_FOR',
  subject: 'jane-roe',
  object: 'iacc',
  time: { start: { date: '2016-06', precision: 'month', wording: 'mid-June' } },
  attributes: {},
  sources: [{ source: 's-second', span: { text: 'Roe joined in mid-June', start: 0, end: 22 } }],
};

/** A fact row as author-fact-read answers it. */
function factRow(revision: number): Row {
  return {
    subject: FACT.subject,
    type: FACT.type,
    object: FACT.object,
    props: { ...factToProperties(FACT, 'app'), revision },
    ints: ['revision'],
    recordedAt: AT,
    elementId: '5:fact:1',
  };
}

/** A revision-create call; a fact's, with a `before`, keeps FACT's ends (beforeEnds). */
function revisionCreate(
  action: string,
  target: string,
  id: string,
  before: boolean,
  after: boolean,
) {
  const ends = target === 'fact' && before;
  return {
    query: 'revision-create' as const,
    params: {
      seq: 7,
      at: AT,
      editor: 'alice',
      comment: null,
      action,
      target,
      targetId: id,
      before: before ? ANY_TEXT : null,
      after: after ? ANY_TEXT : null,
      file: null,
      revertOf: null,
      beforeSubject: ends ? FACT.subject : null,
      beforeObject: ends ? FACT.object : null,
    },
  };
}

/** The authoring routes' cases. */
export const authoringCases: readonly RecordedCase[] = [
  {
    endpoint: 'POST /api/sources',
    title: 'creates the source in one transaction with its revision',
    path: '/api/sources',
    method: 'POST',
    headers: EDITOR,
    body: JSON.stringify({
      id: 's-second',
      kind: 'news-article',
      title: 'A second article',
      publisher: 'associated-press',
      url: 'https://example.org/a',
      published: '2016-06-20',
    }),
    app,
    rows: { ...NEXT, 'sources-by-id': [[], [SOURCE_ROW]] },
    sends: [
      { query: 'revision-next', params: {} },
      { query: 'sources-by-id', params: { ids: ['s-second'] } },
      {
        query: 'author-source-write',
        params: {
          id: 's-second',
          kind: 'news-article',
          title: 'A second article',
          publisher: 'associated-press',
          url: 'https://example.org/a',
          published: '2016-06-20',
          author: null,
          text: null,
          seq: 7,
        },
      },
      { query: 'sources-by-id', params: { ids: ['s-second'] } },
      revisionCreate('create', 'source', 's-second', false, true),
    ],
    status: 201,
    answer: { ...SOURCE_ROW, author: undefined },
  },
  {
    endpoint: 'POST /api/entities',
    title: 'refuses a request without an editor token before any query',
    path: '/api/entities',
    method: 'POST',
    body: JSON.stringify({ kind: 'Person', name: 'Jane Roe' }),
    app,
    sends: [],
    status: 401,
    answerHas: { type: 'about:blank#unauthorized' },
  },
  {
    endpoint: 'PATCH /api/entities/{id}',
    title: 'renames from the stored revision, with a revision holding both versions',
    path: '/api/entities/jane-roe',
    method: 'PATCH',
    headers: { ...EDITOR, 'if-match': '"3"' },
    body: JSON.stringify({ name: 'Jane A. Roe' }),
    app,
    rows: {
      ...NEXT,
      'entities-by-id': [[entityRow('Jane Roe', 3)], [entityRow('Jane A. Roe', 7)]],
    },
    sends: [
      { query: 'revision-next', params: {} },
      { query: 'entities-by-id', params: { ids: ['jane-roe'] } },
      {
        query: 'author-entity-write',
        params: {
          id: 'jane-roe',
          kind: 'Person',
          otherKinds: expect.not.arrayContaining(['Person']) as string[],
          name: 'Jane A. Roe',
          aliases: [],
          aliasText: ANY_TEXT,
          summary: null,
          seq: 7,
        },
      },
      { query: 'entities-by-id', params: { ids: ['jane-roe'] } },
      revisionCreate('update', 'entity', 'jane-roe', true, true),
    ],
    status: 200,
    answer: { id: 'jane-roe', kind: 'Person', name: 'Jane A. Roe', aliases: [], revision: 7 },
  },
  {
    endpoint: 'POST /api/facts',
    title: 'refuses a fact without a source (422 naming `sources`) before any query',
    path: '/api/facts',
    method: 'POST',
    headers: EDITOR,
    body: JSON.stringify({ type: 'OWNS', subject: 'kering', object: 'gucci' }),
    app,
    sends: [],
    status: 422,
    answerHas: { status: 422, errors: [{ path: 'sources' }] },
  },
  {
    endpoint: 'PATCH /api/facts/{id}',
    title: 'answers 409 with both versions when the fact moved on since',
    path: '/api/facts/f-roe-iacc',
    method: 'PATCH',
    headers: EDITOR,
    body: JSON.stringify({ revision: 2, rank: 'deprecated' }),
    app,
    rows: { ...NEXT, 'author-fact-read': [[factRow(5)]] },
    sends: [
      { query: 'revision-next', params: {} },
      { query: 'author-fact-read', params: { id: 'f-roe-iacc' } },
    ],
    status: 409,
    answerHas: {
      status: 409,
      current: { id: 'f-roe-iacc', revision: 5 },
      yours: { revision: 2, rank: 'deprecated' },
    },
  },
  {
    endpoint: 'DELETE /api/facts/{id}',
    title: 'retracts the fact, its snapshot kept in the revision',
    path: '/api/facts/f-roe-iacc',
    method: 'DELETE',
    headers: EDITOR,
    app,
    rows: { ...NEXT, 'author-fact-read': [[factRow(5)]] },
    sends: [
      { query: 'revision-next', params: {} },
      { query: 'author-fact-read', params: { id: 'f-roe-iacc' } },
      { query: 'author-fact-delete', params: { elementId: '5:fact:1' } },
      revisionCreate('retract', 'fact', 'f-roe-iacc', true, false),
    ],
    status: 200,
    answer: { id: 'f-roe-iacc', revision: 7 },
  },
  {
    endpoint: 'GET /api/revisions',
    title: 'lists a record’s revisions newest first, with field-by-field changes',
    path: '/api/revisions?entity=jane-roe',
    rows: {
      'merged-from': [[]],
      'revisions-of': [
        [
          {
            seq: 9,
            at: AT,
            editor: 'bob',
            comment: 'full name',
            action: 'update',
            target: 'entity',
            targetId: 'jane-roe',
            before: JSON.stringify({ id: 'jane-roe', name: 'Jane Roe' }),
            after: JSON.stringify({ id: 'jane-roe', name: 'Jane A. Roe' }),
            file: null,
            revertOf: null,
          },
        ],
      ],
    },
    sends: [
      { query: 'merged-from', params: { ids: ['jane-roe'] } },
      {
        query: 'revisions-of',
        params: { target: 'entity', targetIds: ['jane-roe'], limit: 100 },
      },
    ],
    status: 200,
    answer: {
      revisions: [
        {
          id: 'rev-9',
          seq: 9,
          at: AT,
          editor: 'bob',
          comment: 'full name',
          action: 'update',
          target: 'entity',
          targetId: 'jane-roe',
          before: { id: 'jane-roe', name: 'Jane Roe' },
          after: { id: 'jane-roe', name: 'Jane A. Roe' },
          changes: [{ field: 'name', before: 'Jane Roe', after: 'Jane A. Roe' }],
        },
      ],
    },
  },
  {
    endpoint: 'POST /api/revisions/{revision}/revert',
    title: 'answers 404 for a revision that does not exist',
    path: '/api/revisions/rev-999/revert',
    method: 'POST',
    headers: EDITOR,
    body: '{}',
    app,
    sends: [{ query: 'revision-by-seq', params: { seq: 999 } }],
    status: 404,
    answerHas: { status: 404 },
  },
];

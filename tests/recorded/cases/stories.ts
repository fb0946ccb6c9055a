// Stories: what each route sends and answers (editor token set; open embeds).
import { expect } from 'vitest';
import { LIMITS } from '../../../server/domain/limits';
import type { RecordedCase } from '../harness';
import { matching } from '../harness';
import { AACC, GUCCI, KERING, MEMBER, OWNS, PRESS } from '../world';

const TOKEN = 'recorded-editor-token-0123';
const EDITOR = { authorization: `Bearer ${TOKEN}` };
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const STEP = { view: 'expanded=gucci&asOf=2016-05-05', caption: 'Gucci *leaves*' };
const INPUT = { title: 'The IACC', summary: '', author: 'Ann', steps: [STEP] };
const ROW = {
  id: ID,
  title: 'The IACC',
  summary: '',
  author: 'Ann',
  steps: JSON.stringify([STEP]),
  revision: 1,
  updatedAt: '2026-11-30T12:00:00Z',
  published: null,
};
const PINNED = {
  at: '2026-11-30T12:00:00.000Z',
  title: 'The IACC',
  summary: '',
  author: 'Ann',
  steps: [STEP],
  data: [],
};
const PUBLISHED = { ...ROW, published: JSON.stringify(PINNED) };
const NEIGHBOURHOOD_SENDS = [
  { query: 'entities-by-id', params: { ids: ['gucci'] } },
  {
    query: 'expand',
    params: {
      frontier: ['gucci'],
      kinds: null,
      types: null,
      from: null,
      to: null,
      limit: LIMITS.neighbourhoodEntities,
    },
  },
  { query: 'entities-by-id', params: { ids: ['gucci', 'kering', 'aacc'] } },
  { query: 'sources-by-id', params: { ids: ['press'] } },
] as const;
const editorApp = () => ({ editors: new Map([[TOKEN, 'ann']]) });

/** The story routes' cases. */
export const storyCases: readonly RecordedCase[] = [
  {
    endpoint: 'POST /api/stories',
    title: 'a new story, its steps as JSON text, at revision 1',
    path: '/api/stories',
    method: 'POST',
    headers: EDITOR,
    body: JSON.stringify(INPUT),
    app: editorApp,
    rows: { 'story-create': [[ROW]] },
    sends: [
      {
        query: 'story-create',
        params: {
          id: matching(/^[A-Za-z0-9_-]{22}$/),
          title: 'The IACC',
          summary: '',
          author: 'Ann',
          steps: JSON.stringify([STEP]),
        },
      },
    ],
    status: 201,
    answer: { ...ROW, published: undefined, steps: [STEP] },
  },
  {
    endpoint: 'POST /api/stories',
    title: 'without the editor token: 401, nothing sent',
    path: '/api/stories',
    method: 'POST',
    body: JSON.stringify(INPUT),
    app: editorApp,
    sends: [],
    status: 401,
  },
  {
    endpoint: 'GET /api/stories/{story}',
    title: 'a reader: the publication only, one read',
    path: `/api/stories/${ID}`,
    rows: { 'story-read': [[PUBLISHED]] },
    sends: [{ query: 'story-read', params: { id: ID } }],
    status: 200,
    answerHas: { id: ID, title: 'The IACC', steps: [STEP], published: { data: [] } },
  },
  {
    endpoint: 'PUT /api/stories/{story}',
    title: 'the draft replaced at its revision',
    path: `/api/stories/${ID}`,
    method: 'PUT',
    headers: EDITOR,
    body: JSON.stringify({ ...INPUT, revision: 1 }),
    app: editorApp,
    rows: { 'story-update': [[{ ...ROW, revision: 2 }]] },
    sends: [
      {
        query: 'story-update',
        params: {
          id: ID,
          title: 'The IACC',
          summary: '',
          author: 'Ann',
          steps: JSON.stringify([STEP]),
          revision: 1,
        },
      },
    ],
    status: 200,
    answerHas: { revision: 2 },
  },
  {
    endpoint: 'POST /api/stories/{story}/publish',
    title: "the draft, each step's data read, then pinned",
    path: `/api/stories/${ID}/publish`,
    method: 'POST',
    headers: EDITOR,
    app: editorApp,
    rows: {
      'story-read': [[ROW]],
      'entities-by-id': [[GUCCI], [AACC, GUCCI, KERING]],
      expand: [[OWNS, MEMBER]],
      'sources-by-id': [[PRESS]],
      'story-publish': [[PUBLISHED]],
    },
    sends: [
      { query: 'story-read', params: { id: ID } },
      ...NEIGHBOURHOOD_SENDS,
      {
        query: 'story-publish',
        params: { id: ID, revision: 1, published: matching(/"data":\[\{"view"/) },
      },
    ],
    status: 200,
    answerHas: { id: ID, links: { embed: matching(/\/stories\/A{22}$/) } },
  },
  {
    endpoint: 'GET /api/stories/{story}/frozen',
    title: 'the publication, inlined into one page',
    path: `/api/stories/${ID}/frozen`,
    rows: { 'story-read': [[PUBLISHED]] },
    sends: [{ query: 'story-read', params: { id: ID } }],
    status: 200,
    text: (body) => {
      expect(body).toContain('<script type="application/json" id="embed-data">');
      expect(body).toContain('"title":"The IACC"');
    },
  },
];

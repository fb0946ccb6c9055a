// Search, entity, neighbourhood and paths: what each sends and answers.
import { LIMITS } from '../../../server/domain/limits';
import { luceneQuery } from '../../../server/graph/search';
import type { RecordedCase } from '../harness';
import { AACC, GUCCI, KERING, MEMBER, OWNS, PRESS, PRESS_SOURCE } from '../world';

const NO_FILTERS = { kinds: null, types: null };
/** Gucci as entity-page.cypher gives a fact's other party. */
const GUCCI_PARTY = { id: 'gucci', name: 'Gucci', kind: 'Brand' };

/** The explore routes' cases. */
export const exploreCases: readonly RecordedCase[] = [
  {
    endpoint: 'GET /api/search',
    title: 'one word: one full-text query with the default limit, no kind filter',
    path: '/api/search?q=gucci',
    rows: { search: [[{ ...GUCCI, score: 1000 }]] },
    sends: [
      {
        query: 'search',
        params: { query: luceneQuery('gucci'), id: 'gucci', limit: 10, kinds: null },
      },
    ],
    status: 200,
    answer: {
      query: 'gucci',
      results: [
        { id: 'gucci', kind: 'Brand', name: 'Gucci', aliases: [], summary: '', score: 1000 },
      ],
    },
  },
  {
    endpoint: 'GET /api/search',
    title: 'only stop words: nothing is sent',
    path: '/api/search?q=and&kinds=Brand',
    sends: [],
    status: 200,
    answer: { query: 'and', results: [] },
  },
  {
    endpoint: 'GET /api/entities/{id}',
    title: 'one round trip: the entity, its facts with the other parties, the sources they list',
    path: '/api/entities/kering',
    rows: {
      'entity-page': [[{ ...KERING, facts: [{ ...OWNS, other: GUCCI_PARTY }], sources: [PRESS] }]],
    },
    sends: [{ query: 'entity-page', params: { id: 'kering' } }],
    status: 200,
    answerHas: {
      entity: { id: 'kering', kind: 'Company', name: 'Kering', aliases: [] },
      facts: [
        {
          fact: { key: 'f-owns', source: 'kering', target: 'gucci' },
          direction: 'out',
          other: { id: 'gucci', name: 'Gucci', kind: 'Brand' },
          sentence: 'Kering owns Gucci from 19 March 1999.',
          conflictsWith: [],
        },
      ],
      sources: { press: PRESS_SOURCE },
    },
  },
  {
    endpoint: 'GET /api/entities/{id}',
    title: "a source cited only in a fact's JSON citations: read after the page",
    path: '/api/entities/kering',
    rows: {
      'entity-page': [
        [
          {
            ...KERING,
            facts: [
              {
                ...OWNS,
                props: {
                  id: 'f-owns',
                  citations: JSON.stringify([{ source: 'press' }]),
                  startDate: '1999-03-19',
                  startPrecision: 'day',
                  startEarliest: '1999-03-19',
                  startLatest: '1999-03-19',
                },
                other: GUCCI_PARTY,
              },
            ],
            sources: [],
          },
        ],
      ],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      { query: 'entity-page', params: { id: 'kering' } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: { sources: { press: PRESS_SOURCE } },
  },
  {
    endpoint: 'GET /api/entities/{id}',
    title: 'an unknown id: 404 after the page read and the look for a merge that stands',
    path: '/api/entities/nobody',
    sends: [
      { query: 'entity-page', params: { id: 'nobody' } },
      { query: 'merge-redirects', params: { ids: ['nobody'] } },
    ],
    status: 404,
    answerHas: { status: 404, detail: 'No entity with id "nobody"' },
  },
  {
    endpoint: 'GET /api/entities/{id}',
    title: 'an id merged away: 307 (not cached) to the entity it was merged into (followed here)',
    path: '/api/entities/ysl',
    rows: {
      'entity-page': [[], [{ ...KERING, facts: [], sources: [] }]],
      'merge-redirects': [[{ from: 'ysl', into: 'kering', merge: 'm-1' }], []],
    },
    sends: [
      { query: 'entity-page', params: { id: 'ysl' } },
      { query: 'merge-redirects', params: { ids: ['ysl'] } },
      { query: 'merge-redirects', params: { ids: ['kering'] } },
      { query: 'entity-page', params: { id: 'kering' } },
    ],
    status: 200,
    answerHas: { entity: { id: 'kering', name: 'Kering' }, facts: [] },
  },
  {
    endpoint: 'GET /api/neighbourhood',
    title:
      'depth 1: the ids checked, one expand hop capped at the limit, then entities and sources',
    path: '/api/neighbourhood?ids=gucci&depth=1',
    rows: {
      'entities-by-id': [[GUCCI], [AACC, GUCCI, KERING]],
      expand: [[OWNS, MEMBER]],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      { query: 'entities-by-id', params: { ids: ['gucci'] } },
      {
        query: 'expand',
        params: {
          frontier: ['gucci'],
          ...NO_FILTERS,
          from: null,
          to: null,
          limit: LIMITS.neighbourhoodDefault,
        },
      },
      { query: 'entities-by-id', params: { ids: ['gucci', 'kering', 'aacc'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: {
      attributes: { truncated: false, sources: { press: PRESS_SOURCE } },
      nodes: [{ key: 'aacc' }, { key: 'gucci' }, { key: 'kering' }],
      edges: [{ key: 'f-owns' }, { key: 'f-member' }],
    },
  },
  {
    endpoint: 'GET /api/paths',
    title: 'mode shortest: both ends checked, one path query (limit × 20), then the path graph',
    path: '/api/paths?from=kering&to=aacc&mode=shortest&limit=2',
    rows: {
      'entities-by-id': [
        [AACC, KERING],
        [AACC, GUCCI, KERING],
      ],
      'shortest-path': [[{ nodeIds: ['kering', 'gucci', 'aacc'], rels: [OWNS, MEMBER] }]],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      { query: 'entities-by-id', params: { ids: ['kering', 'aacc'] } },
      {
        query: 'shortest-path',
        params: { from: 'kering', to: 'aacc', ...NO_FILTERS, after: null, before: null, limit: 40 },
      },
      { query: 'entities-by-id', params: { ids: ['kering', 'aacc', 'gucci'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: {
      paths: [
        {
          nodes: ['kering', 'gucci', 'aacc'],
          edges: ['f-owns', 'f-member'],
          explanation:
            'Kering owns Gucci from 19 March 1999. Gucci was a member of Anti-Counterfeiting Coalition from 1 April 2010 to 1 May 2014.',
        },
      ],
    },
  },
];

// The whole graph (and its overview), schema statistics and exports: what each sends and answers.
import { expect } from 'vitest';
import { LIMITS } from '../../../server/domain/limits';
import { ANY_NUMBER, including, type RecordedCase } from '../harness';
import { AACC, GUCCI, KERING, MEMBER, OWNS, PRESS, PRESS_SOURCE } from '../world';

const SMALL = { counts: [[{ entities: 3, sources: 1, facts: 2 }]] };
const WHOLE = {
  ...SMALL,
  'graph-entities': [[AACC, GUCCI, KERING]],
  'graph-facts': [[OWNS, MEMBER]],
  'graph-sources': [[PRESS]],
};
const WHOLE_SENDS = [
  { query: 'counts', params: {} },
  { query: 'graph-entities', params: {} },
  { query: 'graph-facts', params: {} },
  { query: 'graph-sources', params: {} },
] as const;

/** The graph routes' cases. */
export const graphCases: readonly RecordedCase[] = [
  {
    endpoint: 'GET /api/graph',
    title: 'a small graph: the counts, then entities, facts and sources together',
    path: '/api/graph',
    rows: WHOLE,
    sends: WHOLE_SENDS,
    status: 200,
    answerHas: {
      attributes: { sources: { press: PRESS_SOURCE } },
      nodes: [{ key: 'aacc' }, { key: 'gucci' }, { key: 'kering' }],
      edges: [{ key: 'f-owns' }, { key: 'f-member' }],
    },
  },
  {
    endpoint: 'GET /api/graph',
    title: 'a graph past the threshold: its overview (hubs, their links, facts among them)',
    path: '/api/graph',
    rows: {
      counts: [[{ entities: 10 ** 6, sources: 1, facts: 10 ** 7 }]],
      'overview-entities': [[{ id: 'gucci', degree: 2 }]],
      'overview-links': [
        [
          { hub: 'gucci', id: 'kering', degree: 1, links: 1 },
          { hub: 'gucci', id: 'aacc', degree: 1, links: 1 },
        ],
      ],
      'facts-among': [[OWNS, MEMBER]],
      'entities-by-id': [[AACC, GUCCI, KERING]],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      { query: 'counts', params: {} },
      { query: 'overview-entities', params: { limit: ANY_NUMBER } },
      { query: 'overview-links', params: { hubs: ['gucci'], perHub: ANY_NUMBER } },
      {
        query: 'facts-among',
        params: { ids: ['gucci', 'aacc', 'kering'], limit: LIMITS.wholeGraphFacts },
      },
      { query: 'entities-by-id', params: { ids: ['gucci', 'aacc', 'kering'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: {
      attributes: {
        truncated: true,
        total: { entities: 10 ** 6, facts: 10 ** 7 },
        hubs: ['gucci'],
      },
      edges: [{ key: 'f-owns' }, { key: 'f-member' }],
    },
  },
  {
    endpoint: 'GET /api/graph',
    title: 'as known on a day: records recorded by then, the revisions after it turn them back',
    path: '/api/graph?known=2020-02-29',
    rows: {
      'known-graph-entities': [[AACC, GUCCI, KERING]],
      'known-graph-facts': [[MEMBER]],
      'graph-sources': [[PRESS]],
      'known-revisions': [
        [
          {
            seq: 7,
            target: 'entity',
            targetId: 'gucci',
            before: JSON.stringify({ id: 'gucci', kind: 'Brand', name: 'Gucci then', aliases: [] }),
          },
          { seq: 8, target: 'fact', targetId: 'f-member', before: null },
        ],
      ],
    },
    sends: [
      { query: 'known-graph-entities', params: { before: '2020-03-01T00:00:00.000Z' } },
      { query: 'known-graph-facts', params: { before: '2020-03-01T00:00:00.000Z' } },
      { query: 'graph-sources', params: {} },
      { query: 'known-revisions', params: { before: '2020-03-01T00:00:00.000Z' } },
      { query: 'counts', params: {} },
    ],
    status: 200,
    answerHas: {
      nodes: [
        { key: 'aacc' },
        { key: 'gucci', attributes: { name: 'Gucci then' } },
        { key: 'kering' },
      ],
      edges: [],
    },
  },
  {
    endpoint: 'GET /api/schema',
    title: 'the statistics and the registered fact types together',
    path: '/api/schema',
    rows: {
      'schema-stats': [
        [{ kinds: [{ kind: 'Brand', count: 1 }], types: [{ type: 'OWNS', count: 1 }] }],
      ],
      'fact-types': [
        [{ name: 'FOUNDED', label: 'founded', verb: 'founded', shape: 'event', source: 'd' }],
      ],
    },
    sends: [
      { query: 'schema-stats', params: {} },
      { query: 'fact-types', params: {} },
    ],
    status: 200,
    answerHas: {
      entityKinds: including([{ kind: 'Brand', count: 1 }]),
      factTypes: including([
        { type: 'OWNS', count: 1 },
        { type: 'FOUNDED', label: 'founded', count: 0 },
      ]),
    },
  },
  {
    endpoint: 'GET /api/export',
    title: 'CSV of the whole graph: the same reads as /api/graph',
    path: '/api/export?format=csv-nodes',
    rows: WHOLE,
    sends: WHOLE_SENDS,
    status: 200,
    text: (body) => {
      expect(body.split('\n')[0]).toMatch(/^id:ID/);
      expect(body).toContain('kering');
    },
  },
  {
    endpoint: 'GET /api/export',
    title: "JSON of a neighbourhood: the neighbourhood reads, with the export's own entity cap",
    path: '/api/export?format=json&ids=gucci&depth=1',
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
          kinds: null,
          types: null,
          from: null,
          to: null,
          limit: 100000,
        },
      },
      { query: 'entities-by-id', params: { ids: ['gucci', 'kering', 'aacc'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: { edges: [{ key: 'f-owns' }, { key: 'f-member' }] },
  },
];

// The overview's companions: the hub list and the communities (seeded Louvain over the linked
// pairs read), what each sends and answers.
import { LIMITS } from '../../../server/domain/limits';
import type { RecordedCase } from '../harness';
import { GUCCI, KERING, OWNS, PRESS } from '../world';

/** One linked pair, two facts: one community of two. */
const PAIRS = {
  counts: [[{ entities: 2, sources: 1, facts: 2 }]],
  'community-pairs': [[{ source: 'gucci', target: 'kering', facts: 2 }]],
};
const PAIRS_SENDS = [
  { query: 'counts', params: {} },
  { query: 'community-pairs', params: { limit: LIMITS.communityPairs } },
] as const;
const HUB = (id: string, name: string, kind: string, facts: number): object => ({
  id,
  name,
  kind,
  facts,
});

/** The overview routes' cases. */
export const overviewCases: readonly RecordedCase[] = [
  {
    endpoint: 'GET /api/hubs',
    title: 'the best-connected entities, then their names and kinds',
    path: '/api/hubs',
    rows: {
      'overview-entities': [
        [
          { id: 'gucci', degree: 2 },
          { id: 'kering', degree: 1 },
        ],
      ],
      'entities-by-id': [[GUCCI, KERING]],
    },
    sends: [
      { query: 'overview-entities', params: { limit: LIMITS.hubList } },
      { query: 'entities-by-id', params: { ids: ['gucci', 'kering'] } },
    ],
    status: 200,
    answer: { hubs: [HUB('gucci', 'Gucci', 'Brand', 2), HUB('kering', 'Kering', 'Company', 1)] },
  },
  {
    endpoint: 'GET /api/communities',
    title: 'the counts, the linked pairs, then the names of each community’s best members',
    path: '/api/communities',
    rows: { ...PAIRS, 'entities-by-id': [[GUCCI, KERING]] },
    sends: [...PAIRS_SENDS, { query: 'entities-by-id', params: { ids: ['gucci', 'kering'] } }],
    status: 200,
    answerHas: {
      communities: [
        {
          id: 'c0',
          label: 'Gucci, Kering',
          size: 2,
          facts: 2,
          hubs: [HUB('gucci', 'Gucci', 'Brand', 2), HUB('kering', 'Kering', 'Company', 2)],
        },
      ],
      links: [],
      total: { communities: 1, entities: 2, pairs: 1, truncated: false },
    },
  },
  {
    endpoint: 'GET /api/communities/{community}',
    title: 'a community’s best members and the facts among them',
    path: '/api/communities/c0',
    rows: {
      ...PAIRS,
      'facts-among': [[OWNS]],
      'entities-by-id': [[GUCCI, KERING]],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      ...PAIRS_SENDS,
      {
        query: 'facts-among',
        params: { ids: ['gucci', 'kering'], limit: LIMITS.wholeGraphFacts },
      },
      { query: 'entities-by-id', params: { ids: ['gucci', 'kering'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: {
      attributes: { community: 'c0', truncated: false, total: { entities: 2, facts: 2 } },
      nodes: [{ key: 'gucci' }, { key: 'kering' }],
      edges: [{ key: 'f-owns' }],
    },
  },
  {
    endpoint: 'GET /api/communities/{community}',
    title: 'a community the graph lacks: 404',
    path: '/api/communities/c7',
    rows: PAIRS,
    sends: PAIRS_SENDS,
    status: 404,
  },
];

// Embeds and oEmbed: what each sends and answers.
import { expect } from 'vitest';
import { LIMITS } from '../../../server/domain/limits';
import { OPEN_EMBEDS } from '../../../server/embed/embed-config';
import type { RecordedCase } from '../harness';
import { AACC, GUCCI, KERING, MEMBER, OWNS, PRESS } from '../world';

/** The address readers reach the app at (PUBLIC_URL). */
const PUBLIC = 'https://graph.example';

const NEIGHBOURHOOD = {
  'entities-by-id': [[GUCCI], [AACC, GUCCI, KERING]],
  expand: [[OWNS, MEMBER]],
  'sources-by-id': [[PRESS]],
};
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

/** The embed routes' cases (open embeds: no signing key, no analyst token). */
export const embedCases: readonly RecordedCase[] = [
  {
    endpoint: 'GET /api/embed/view',
    title: "the focus's neighbourhood, nothing beyond it",
    path: '/api/embed/view?expanded=gucci',
    rows: NEIGHBOURHOOD,
    sends: NEIGHBOURHOOD_SENDS,
    status: 200,
    answerHas: {
      title: 'Gucci: brand graph',
      graph: { edges: [{ key: 'f-owns' }, { key: 'f-member' }] },
      explorer: '/?expanded=gucci',
    },
  },
  {
    endpoint: 'GET /api/embed/sign',
    title: 'the focus names only: one entities-by-id',
    path: '/api/embed/sign?expanded=gucci',
    rows: { 'entities-by-id': [[GUCCI]] },
    sends: [{ query: 'entities-by-id', params: { ids: ['gucci'] } }],
    status: 200,
    answerHas: { signed: false, title: 'Gucci: brand graph' },
  },
  {
    endpoint: 'GET /api/embed/frozen',
    title: 'the embed data, inlined into one page',
    path: '/api/embed/frozen?expanded=gucci',
    rows: NEIGHBOURHOOD,
    sends: NEIGHBOURHOOD_SENDS,
    status: 200,
    text: (body) => {
      expect(body).toContain('<script type="application/json" id="embed-data">');
      expect(body).toContain('"title":"Gucci: brand graph"');
    },
  },
  {
    endpoint: 'GET /oembed',
    title: 'an explorer URL of this app: the focus names',
    path: `/oembed?url=${encodeURIComponent(`${PUBLIC}/?expanded=gucci`)}&format=json`,
    app: () => ({ embed: { ...OPEN_EMBEDS, publicUrl: PUBLIC } }),
    rows: { 'entities-by-id': [[GUCCI]] },
    sends: [{ query: 'entities-by-id', params: { ids: ['gucci'] } }],
    status: 200,
    answerHas: {
      version: '1.0',
      type: 'rich',
      title: 'Gucci: brand graph',
      provider_url: `${PUBLIC}/`,
    },
  },
];

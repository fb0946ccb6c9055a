// Timeline, snapshot and changes: what each sends and answers.
import { FactTypeRegistry } from '../../../server/domain/fact-type-registry';
import type { RecordedCase } from '../harness';
import { AACC, GUCCI, KERING, LEFT, MEMBER, OWNS, PRESS, PRESS_SOURCE } from '../world';

/** State facts are read with the types the registry knows once it has been refreshed. */
const STATE_TYPES = new FactTypeRegistry().stateTypes();

/** The time routes' cases. */
export const timeCases: readonly RecordedCase[] = [
  {
    endpoint: 'GET /api/timeline',
    title: "one entity's dated facts, then their entities and sources",
    path: '/api/timeline?entity=gucci',
    rows: {
      'dated-facts': [[LEFT]],
      'entities-by-id': [[AACC, GUCCI]],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      { query: 'dated-facts', params: { entity: 'gucci', types: null } },
      { query: 'entities-by-id', params: { ids: ['gucci', 'aacc'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: {
      entities: { gucci: 'Gucci', aacc: 'Anti-Counterfeiting Coalition' },
      events: [{ fact: 'f-left', type: 'LEFT', subject: 'gucci', object: 'aacc' }],
      sources: { press: PRESS_SOURCE },
    },
  },
  {
    endpoint: 'GET /api/snapshot',
    title: 'the registry refreshed, the state facts read, then the facts in force drawn',
    path: '/api/snapshot?date=2012-01-01',
    rows: {
      'state-facts': [[OWNS, MEMBER]],
      'entities-by-id': [[AACC, GUCCI, KERING]],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      { query: 'fact-types', params: {} },
      { query: 'state-facts', params: { types: STATE_TYPES } },
      { query: 'entities-by-id', params: { ids: ['kering', 'gucci', 'aacc'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: {
      date: '2012-01-01',
      active: [
        { type: 'OWNS', subject: 'kering', object: 'gucci', state: 'active' },
        { type: 'MEMBER_OF', subject: 'gucci', object: 'aacc', state: 'active' },
      ],
      uncertain: [],
      graph: { edges: [{ key: 'f-owns' }, { key: 'f-member' }] },
    },
  },
  {
    endpoint: 'GET /api/changes',
    title: 'the state facts read, then the entities and sources of what changed',
    path: '/api/changes?from=2013-01-01&to=2015-01-01',
    rows: {
      'state-facts': [[OWNS, MEMBER]],
      'entities-by-id': [[AACC, GUCCI]],
      'sources-by-id': [[PRESS]],
    },
    sends: [
      { query: 'fact-types', params: {} },
      { query: 'state-facts', params: { types: STATE_TYPES } },
      { query: 'entities-by-id', params: { ids: ['gucci', 'aacc'] } },
      { query: 'sources-by-id', params: { ids: ['press'] } },
    ],
    status: 200,
    answerHas: {
      from: '2013-01-01',
      to: '2015-01-01',
      changes: [{ change: 'ended', facts: ['f-member'], sources: ['press'] }],
      sources: { press: PRESS_SOURCE },
    },
  },
];

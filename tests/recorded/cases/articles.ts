// Article analysis: the one read it sends (entities by the article's words) and its answer.
import type { RecordedCase } from '../harness';

const EDITOR = { authorization: 'Bearer editor-secret' };
const editorOn = () => ({ editors: new Map([['editor-secret', 'alice']]) });
const body = JSON.stringify({
  text: 'Kering sued Alibaba in 2015.',
  title: 'A lawsuit',
  publisher: 'Trade Ledger',
  published: '2016-05-11',
});

/** The cases of `POST /api/articles/analyse`. */
export const articleCases: readonly RecordedCase[] = [
  {
    endpoint: 'POST /api/articles/analyse',
    title: 'no editor token configured: 403, sends nothing',
    method: 'POST',
    path: '/api/articles/analyse',
    body,
    sends: [],
    status: 403,
  },
  {
    endpoint: 'POST /api/articles/analyse',
    title: 'without the editor token: 401, sends nothing',
    method: 'POST',
    path: '/api/articles/analyse',
    app: editorOn,
    body,
    sends: [],
    status: 401,
  },
  {
    endpoint: 'POST /api/articles/analyse',
    title: 'a bad publication date: 400 naming the field, sends nothing',
    method: 'POST',
    path: '/api/articles/analyse',
    headers: EDITOR,
    app: editorOn,
    body: JSON.stringify({ ...JSON.parse(body), published: 'May 2016' }),
    sends: [],
    status: 400,
    answerHas: { errors: [{ path: 'body.published' }] },
  },
  {
    endpoint: 'POST /api/articles/analyse',
    title: 'reads entities by the words, then proposes a dated fact with its sentence',
    method: 'POST',
    path: '/api/articles/analyse',
    headers: EDITOR,
    app: editorOn,
    body,
    rows: {
      'article-entities': [
        [
          { id: 'kering', kind: 'Company', name: 'Kering', aliases: ['Kering Group'] },
          { id: 'alibaba', kind: 'Marketplace', name: 'Alibaba Group', aliases: ['Alibaba'] },
        ],
      ],
    },
    sends: [
      {
        query: 'article-entities',
        params: { query: 'kering OR sued OR alibaba OR 2015', limit: 5000 },
      },
    ],
    status: 200,
    answer: {
      mentions: [
        { entity: 'kering', start: 0, end: 6, text: 'Kering' },
        { entity: 'alibaba', start: 12, end: 19, text: 'Alibaba' },
      ],
      newEntities: [],
      dates: [
        {
          start: 20,
          end: 27,
          text: 'in 2015',
          time: { date: '2015', precision: 'year', wording: 'in 2015' },
        },
      ],
      proposals: [
        {
          type: 'SUED',
          subject: 'kering',
          object: 'alibaba',
          time: { start: { date: '2015', precision: 'year', wording: 'in 2015' } },
          evidence: { start: 0, end: 28, text: 'Kering sued Alibaba in 2015.' },
        },
      ],
      entities: {
        kering: { name: 'Kering', kind: 'Company' },
        alibaba: { name: 'Alibaba Group', kind: 'Marketplace' },
      },
    },
  },
];

// Health, readiness, saved views, analyst Cypher and imports: what each sends and answers.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordedJob } from '../../../server/imports/app-runner';
import { ImportJobStore } from '../../../server/imports/job-store';
import type { ImportsOn } from '../../../server/routes/imports';
import type { RecordingRunner } from '../../support/recording-runner';
import { matching, type RecordedCase } from '../harness';

const VIEW_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const JOB_ID = '00000000-0000-4000-8000-000000000000';
const EDITOR = { authorization: 'Bearer editor-secret' };

/** Analyst queries answered without workers: the job is echoed back in the answer. */
const analyst = {
  size: 2,
  running: 0,
  run: (job: unknown) => Promise.resolve(JSON.stringify({ job })),
};

/** Imports on, with a job runner that imports nothing; records are read through `runner`. */
function imports(runner: RecordingRunner): ImportsOn {
  return {
    token: 'editor-secret',
    limits: { maxFileBytes: 1000, maxFiles: 2 },
    runner: () =>
      Promise.resolve({ ok: true, entities: 1, facts: 1, skipped: 0, problems: [], message: 'ok' }),
    check: () => undefined,
    formats: ['triples'],
    recorded: (id) => recordedJob(runner, id),
    store: new ImportJobStore(join(tmpdir(), `brand-graph-recorded-jobs-${process.pid}`)),
  };
}

/** An import record that never ended (a kill left it `running`). */
const RUNNING = {
  id: JOB_ID,
  dataset: 'a',
  format: 'triples',
  files: ['a.nt'],
  status: 'running',
  rowsWritten: 5,
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
  message: null,
  sourceIds: ['dataset-a'],
  completedBy: null,
};

function upload(): FormData {
  const form = new FormData();
  form.set('format', 'triples');
  form.set('files[]', new Blob(['a b c .\n']), 'a.nt');
  return form;
}

/** The service routes' cases. */
export const serviceCases: readonly RecordedCase[] = [
  {
    endpoint: 'GET /api/health',
    title: 'without supervision: one ping',
    path: '/api/health',
    app: () => ({ analyst }),
    sends: [{ query: 'ping', params: {} }],
    status: 200,
    answer: {
      status: 'ok',
      database: 'up',
      analystQueries: { running: 0, limit: 2 },
    },
  },
  {
    endpoint: 'GET /api/ready',
    title: 'the counts',
    path: '/api/ready',
    rows: { counts: [[{ entities: 3, sources: 1, facts: 3 }]] },
    sends: [{ query: 'counts', params: {} }],
    status: 200,
    answer: { status: 'ready', database: 'neo4j', counts: { entities: 3, sources: 1, facts: 3 } },
  },
  {
    endpoint: 'POST /api/views',
    title: 'one write with a fresh id',
    method: 'POST',
    path: '/api/views',
    body: JSON.stringify({ query: 'expanded=gucci' }),
    sends: [
      {
        query: 'save-view',
        params: { id: matching(/^[A-Za-z0-9_-]{22}$/), query: 'expanded=gucci' },
      },
    ],
    status: 200,
    answerHas: { id: matching(/^[A-Za-z0-9_-]{22}$/) },
  },
  {
    endpoint: 'GET /api/views/{view}',
    title: 'one read by id',
    path: `/api/views/${VIEW_ID}`,
    rows: { 'read-view': [[{ query: 'expanded=gucci' }]] },
    sends: [{ query: 'read-view', params: { id: VIEW_ID } }],
    status: 200,
    answer: { id: VIEW_ID, query: 'expanded=gucci' },
  },
  {
    endpoint: 'POST /api/cypher',
    title: 'checked text goes to the analyst runner, no named query',
    method: 'POST',
    path: '/api/cypher',
    app: () => ({ analyst }),
    body: JSON.stringify({ query: 'MATCH (e:Entity) RETURN e.id LIMIT 1' }),
    sends: [],
    status: 200,
    answerHas: { job: { params: {}, limit: 1000 } },
  },
  {
    endpoint: 'GET /api/imports',
    title: 'imports off: says so, sends nothing',
    path: '/api/imports',
    sends: [],
    status: 200,
    answer: { enabled: false, formats: [] },
  },
  {
    endpoint: 'POST /api/imports',
    title: 'imports off: 403, sends nothing',
    method: 'POST',
    path: '/api/imports',
    body: upload(),
    sends: [],
    status: 403,
  },
  {
    endpoint: 'POST /api/imports',
    title: "imports on: the upload becomes a queued job (the job runner is the imports' own)",
    method: 'POST',
    path: '/api/imports',
    headers: EDITOR,
    app: (runner) => ({ imports: imports(runner) }),
    body: upload(),
    sends: [],
    status: 202,
    answerHas: { format: 'triples', files: ['a.nt'] },
  },
  {
    endpoint: 'GET /api/imports/{job}',
    title: 'a job this process does not hold: its import record is read',
    path: `/api/imports/${JOB_ID}`,
    headers: EDITOR,
    app: (runner) => ({ imports: imports(runner) }),
    sends: [{ query: 'import-record', params: { id: JOB_ID } }],
    status: 404,
  },
  {
    endpoint: 'GET /api/imports/{job}',
    title: 'a job of an earlier run that never ended reads as interrupted',
    path: `/api/imports/${JOB_ID}`,
    headers: EDITOR,
    app: (runner) => ({ imports: imports(runner) }),
    rows: {
      'import-record': [
        [
          {
            id: JOB_ID,
            dataset: 'a',
            format: 'triples',
            files: ['a.nt'],
            status: 'running',
            rowsWritten: 5,
            startedAt: '2026-01-01T00:00:00Z',
            finishedAt: null,
            message: null,
            sourceIds: null,
          },
        ],
      ],
    },
    sends: [{ query: 'import-record', params: { id: JOB_ID } }],
    status: 200,
    answerHas: { id: JOB_ID, format: 'triples', files: ['a.nt'], phase: 'failed' },
  },
  {
    endpoint: 'GET /api/import-records',
    title: 'recorded imports, newest first: one that never ended reads as interrupted',
    path: '/api/import-records',
    rows: { 'import-records-list': [[RUNNING]] },
    sends: [{ query: 'import-records-list', params: { limit: 100 } }],
    status: 200,
    answer: { imports: [{ ...RUNNING, status: 'interrupted' }] },
  },
  {
    endpoint: 'POST /api/imports/{job}/undo',
    title: 'undo: its facts in batches, then the entities only it wrote and its sources',
    method: 'POST',
    path: `/api/imports/${JOB_ID}/undo`,
    headers: EDITOR,
    app: (runner) => ({ imports: imports(runner) }),
    rows: {
      'import-record': [[RUNNING]],
      'import-undo-facts': [[{ removed: 3 }], [{ removed: 0 }]],
      'import-undo-entities': [[{ entities: 2 }]],
    },
    sends: [
      { query: 'import-record', params: { id: JOB_ID } },
      { query: 'import-undo-facts', params: { sourceIds: ['dataset-a'], limit: 10000 } },
      { query: 'import-undo-facts', params: { sourceIds: ['dataset-a'], limit: 10000 } },
      {
        query: 'import-undo-entities',
        params: {
          id: JOB_ID,
          files: ['a.nt'],
          sourceIds: ['dataset-a'],
          undoneAt: matching(/^\d{4}-\d\d-\d\dT/),
        },
      },
    ],
    status: 200,
    answer: { id: JOB_ID, facts: 3, entities: 2 },
  },
];

// The embedded Neo4j is supervised: when its JVM is killed under read traffic, requests get
// quick 503s with Retry-After (never a 500, never a hang), the app restarts the JVM on the same
// folder and port and serves again without a restart of its own; five times in a row.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedJvmsFor, eventually, startApp, type AppProcess } from '../support/app-process';

const home = mkdtempSync(join(tmpdir(), 'brand-graph-supervise-'));
const apps: AppProcess[] = [];
afterAll(async () => {
  // A failed test must not leave its app (and so its JVM and folder lock) to the next one.
  for (const app of apps) app.child.kill('SIGKILL');
  await Promise.all(apps.map((app) => app.exited));
  await eventually(() => embeddedJvmsFor(home).length === 0, 60000);
  rmSync(home, { recursive: true, force: true });
});

/** The explorer on `home`, without a rate limit (the traffic below is a tight loop). */
function startExplorer(env: Record<string, string> = {}): AppProcess {
  const app = startApp({ NEO4J_EMBEDDED_DATA: home, RATE_LIMIT_PER_MINUTE: '0', ...env });
  apps.push(app);
  return app;
}

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly retryAfter: string | null;
  readonly body: string;
}

async function get(url: string): Promise<Answer> {
  const started = Date.now();
  // A backstop only: a request over 10 s fails the test below by its `ms`.
  const response = await fetch(url, { signal: AbortSignal.timeout(60000) });
  const body = await response.text();
  return {
    status: response.status,
    ms: Date.now() - started,
    retryAfter: response.headers.get('retry-after'),
    body,
  };
}

/** Reads in a loop from two clients until `stop()`; returns every answer. */
function readTraffic(base: string): { stop(): Promise<Answer[]> } {
  const answers: Answer[] = [];
  let running = true;
  const client = async (path: string): Promise<void> => {
    while (running) {
      answers.push(await get(`${base}${path}`));
      // A reader's pace (ten reads a second each), not a tight loop that loads the machine.
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const clients = [client('/api/search?q=gucci'), client('/api/graph')];
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      return answers;
    },
  };
}

/** Polls /api/health until the database is up again (each poll is an answer, not a sleep). */
async function untilUp(base: string): Promise<void> {
  for (;;) {
    const health = JSON.parse((await get(`${base}/api/health`)).body) as { database: string };
    if (health.database === 'up') return;
    if (health.database === 'down') throw new Error('the app gave up restarting');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Kills the app's JVM five times under read traffic; checks each gap and the return. */
async function fiveKills(app: AppProcess): Promise<void> {
  const [, port = ''] = await app.waitFor(/Explorer ready: http:\/\/127\.0\.0\.1:(\d+)\//);
  const base = `http://127.0.0.1:${port}`;
  const before = await get(`${base}/api/graph`);
  const counts = JSON.parse((await get(`${base}/api/ready`)).body) as { counts: unknown };
  expect(before.status).toBe(200);
  const boltPort = /Embedded Neo4j is up: bolt:\/\/127\.0\.0\.1:(\d+)/.exec(app.output())?.[1];

  for (let round = 1; round <= 5; round += 1) {
    const [jvm] = embeddedJvmsFor(home);
    expect(jvm).toBeDefined();
    const traffic = readTraffic(base);
    await get(`${base}/api/search?q=gucci`);
    process.kill(jvm ?? -1, 'SIGKILL');
    // The app notices (its log says so) and says so on /api/health.
    await app.waitFor(new RegExp(`Embedded Neo4j \\(pid ${jvm}\\) died \\(killed by SIGKILL\\)`));
    const health = JSON.parse((await get(`${base}/api/health`)).body) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'degraded', database: 'restarting' });
    const ready = await get(`${base}/api/ready`);
    expect([ready.status, ready.retryAfter]).toEqual([503, '5']);
    const downAt = Date.now();
    await untilUp(base);
    const answers = await traffic.stop();
    const back = await get(`${base}/api/search?q=gucci`);
    expect(back.status, back.body).toBe(200);
    const log = app
      .output()
      .split('\n')
      .filter((l) => /died|Restart try|is back|slow to start/.test(l));
    console.log(
      `round ${round}: 200 again after ${Date.now() - downAt} ms; ${answers.length} reads\n${log.join('\n')}`,
    );

    const gap = answers.filter((a) => a.status !== 200);
    expect(gap.length).toBeGreaterThan(0);
    for (const a of gap) expect([a.status, a.retryAfter]).toEqual([503, '5']);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(10000);
    expect(app.output()).toMatch(new RegExp(`Embedded Neo4j is back \\(pid \\d+, try \\d`));
    // Same port, same data.
    expect(app.output().split(`bolt://127.0.0.1:${boltPort}`).length).toBeGreaterThan(round);
    expect(embeddedJvmsFor(home)).toHaveLength(1);
  }
  const after = await get(`${base}/api/graph`);
  expect(digest(after.body)).toBe(digest(before.body));
  expect(JSON.parse((await get(`${base}/api/ready`)).body)).toEqual(counts);
  expect(JSON.parse((await get(`${base}/api/health`)).body)).toEqual({
    status: 'ok',
    database: 'up',
    restarts: 5,
    analystQueries: { running: 0, limit: 2 },
  });
  app.child.kill('SIGTERM');
  expect(await app.exited).toBe(0);
  expect(embeddedJvmsFor(home)).toEqual([]);
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('a supervised embedded Neo4j', () => {
  it('comes back after its JVM is killed under read traffic, five times in a row', async () => {
    const app = startExplorer();
    try {
      await fiveKills(app);
    } finally {
      // A failure must not leave this app (its JVM holds the folder's lock) to the next test.
      app.child.kill('SIGKILL');
      await app.exited;
      await eventually(() => embeddedJvmsFor(home).length === 0, 180000);
    }
  });

  it('gives up after NEO4J_RESTART_TRIES failed restarts with a plain message and exit code 1', async () => {
    const app = startExplorer({ NEO4J_RESTART_TRIES: '2' });
    await app.waitFor(/Explorer ready: http:\/\/127\.0\.0\.1:(\d+)\//);
    const state = { exited: false };
    void app.exited.then(() => (state.exited = true));
    // Every JVM on this folder is killed as soon as it appears, until the app gives up.
    while (!state.exited) {
      for (const pid of embeddedJvmsFor(home)) process.kill(pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/Restart try 2 of 2 failed: /);
    expect(app.output()).toMatch(
      /Fatal: The embedded Neo4j died and could not be restarted after 2 tries \(last error: .+\)\. Its data folder is .+; NEO4J_RESTART_TRIES sets the number of tries\./,
    );
    expect(embeddedJvmsFor(home)).toEqual([]);
  });
});

// Starts one real embedded Neo4j (free port, temporary folder) for the integration tier.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../server/config';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded';

export interface TestNeo4j {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  readonly pid: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The start waits on the launcher's "ready" event; its budget is the app's own setting, so a
  // busy machine raises it the same way (NEO4J_READY_TIMEOUT_MS), for the app and the tests.
  const { readyTimeoutMs } = readConfig({
    NEO4J_READY_TIMEOUT_MS: process.env.NEO4J_READY_TIMEOUT_MS,
  });
  const home = mkdtempSync(join(tmpdir(), 'brand-graph-test-'));
  const db = await startEmbeddedNeo4j(
    {
      mode: 'embedded',
      home,
      boltPort: 0,
      heap: '1g',
      pageCacheBytes: 128 * 1024 * 1024,
      database: 'neo4j',
    },
    { txTimeoutMs: 60000, startTimeoutMs: readyTimeoutMs, log: (l) => console.log(`[neo4j] ${l}`) },
  );
  project.provide('neo4j', {
    uri: db.uri,
    username: db.username,
    password: db.password,
    database: 'neo4j',
    pid: db.pid,
  });
  return async () => {
    await db.stop();
    rmSync(home, { recursive: true, force: true });
  };
}

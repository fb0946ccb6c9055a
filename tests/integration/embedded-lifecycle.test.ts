// The explorer's own embedded Neo4j: starts, seeds, keeps data, and never leaves a JVM behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedJvmsFor, eventually, startApp } from '../support/app-process';

const home = mkdtempSync(join(tmpdir(), 'brand-graph-life-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

async function health(port: string): Promise<{ counts: { entities: number; facts: number } }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/ready`);
  return (await response.json()) as { counts: { entities: number; facts: number } };
}

describe('the embedded Neo4j', () => {
  it('starts, loads the article on an empty database, and stops with its JVM on SIGTERM', async () => {
    const app = startApp({ NEO4J_EMBEDDED_DATA: home });
    const [, port = ''] = await app.waitFor(/Explorer ready: http:\/\/127\.0\.0\.1:(\d+)\//);
    expect(app.output()).toMatch(/Empty database: loaded 2 files from data\//);
    expect((await health(port)).counts).toMatchObject({ entities: 17, facts: 33 });
    expect(embeddedJvmsFor(home)).toHaveLength(1);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(embeddedJvmsFor(home)).toEqual([]);
  });

  it('keeps the data across restarts, and its JVM dies with a killed parent', async () => {
    const app = startApp({ NEO4J_EMBEDDED_DATA: home });
    const [, port = ''] = await app.waitFor(/Explorer ready: http:\/\/127\.0\.0\.1:(\d+)\//);
    expect(app.output()).toMatch(/Database holds 17 entities and 33 facts\./);
    expect(app.output()).not.toMatch(/Empty database/);
    expect((await health(port)).counts.entities).toBe(17);
    expect(embeddedJvmsFor(home)).toHaveLength(1);
    app.child.kill('SIGKILL');
    await app.exited;
    // The JVM sees its stdin close and shuts down; slow on a busy machine.
    await eventually(() => embeddedJvmsFor(home).length === 0, 180000);
  });

  it('says plainly when the Bolt port is taken, and exits non-zero', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const app = startApp({ NEO4J_EMBEDDED_DATA: home, NEO4J_EMBEDDED_BOLT_PORT: String(port) });
      expect(await app.exited).toBe(1);
      expect(app.output()).toMatch(
        new RegExp(
          `Bolt port ${port} on 127\\.0\\.0\\.1 is already in use\\. Set NEO4J_EMBEDDED_BOLT_PORT`,
        ),
      );
      expect(embeddedJvmsFor(home)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('names the way out when Java is missing', async () => {
    const app = startApp({ NEO4J_EMBEDDED_DATA: home, JAVA_HOME: '/nonexistent-java' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(
      /No Java found \(tried "\/nonexistent-java\/bin\/java"\)\. Install Java 17\+ and Maven and run `npm install`, or set NEO4J_URI/,
    );
  });

  it('names the variable when the configuration is wrong', async () => {
    const app = startApp({
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_USERNAME: '',
      NEO4J_PASSWORD: '',
    });
    expect(await app.exited).toBe(2);
    expect(app.output()).toMatch(
      /Configuration error: NEO4J_URI is set, so NEO4J_USERNAME and NEO4J_PASSWORD must be set too/,
    );
  });
});

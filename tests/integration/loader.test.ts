// The loader CLI on a real Neo4j: idempotent loads, and bad files refused with nothing written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { checksum, clearDatabase, counts, testGateway } from '../support/database';
import { asText, largeFile, smallFile } from '../support/fact-files';
import { runLoader } from '../support/run-cli';

let gateway: Neo4jGateway;
const dir = mkdtempSync(join(tmpdir(), 'brand-graph-load-'));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
});
afterAll(() => gateway.close());

describe('npm run load', () => {
  it('loads data/ and, loaded twice, leaves the same counts and content', async () => {
    const first = runLoader(['data/article.json', 'data/outside.json']);
    expect(first.stderr).not.toMatch(/problem/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/entities\s+17 in files, 17 created, 0 updated/);
    expect(first.stdout).toMatch(/facts\s+33 in files, 33 created, 0 updated/);
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    expect(before.counts).toEqual({ entities: 17, sources: 10, facts: 33 });

    const second = runLoader(['data/article.json', 'data/outside.json']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/facts\s+33 in files, 0 created, 33 updated/);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
  });

  it('loads a file that refers to entities already stored', async () => {
    const file = { ...smallFile(), entities: [smallFile().entities[0]] };
    file.facts[0] = { ...file.facts[0], subject: 'gucci', object: 'iacc', id: 'f-extra' };
    const run = runLoader([write('refers.json', asText(file))]);
    expect(run.code).toBe(0);
    const rows = await gateway.read(
      "MATCH (:Entity {id: 'gucci'})-[r:JOINED {id: 'f-extra'}]->(:Entity {id: 'iacc'}) RETURN r.file AS file",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.file).toMatch(/refers\.json$/);
    await gateway.write("MATCH ()-[r {id: 'f-extra'}]->() DELETE r");
    await gateway.write("MATCH (s:Source {id: 'paper-1'}) DETACH DELETE s");
    await gateway.write("MATCH (p:Entity {id: 'paper'}) DETACH DELETE p");
  });

  const bad: [string, () => string, RegExp][] = [
    [
      'malformed JSON',
      () => '{\n  "type": "brand-graph/facts",\n  "version": 1\n  "facts": []\n}\n',
      /bad\.json:4:3 \$: malformed JSON: CommaExpected/,
    ],
    [
      'an unknown entity reference',
      () => {
        const f = smallFile();
        f.facts[0] = { ...f.facts[0], subject: 'no-such-brand' };
        return asText(f);
      },
      /bad\.json:\d+:\d+ \$\.facts\[0\]\.subject: unknown entity "no-such-brand"/,
    ],
    [
      'a wrong date format',
      () => {
        const f = smallFile();
        f.facts[0] = { ...f.facts[0], time: { at: { date: 'April 2016', precision: 'month' } } };
        return asText(f);
      },
      /bad\.json:\d+:\d+ \$\.facts\[0\]\.time\.at\.date: must be an ISO date/,
    ],
    [
      'duplicate ids',
      () => {
        const f = smallFile();
        f.entities.push({ id: 'acme', kind: 'Brand', name: 'Acme again', aliases: [] });
        return asText(f);
      },
      /bad\.json:\d+:\d+ \$\.entities\[3\]\.id: duplicate entity id "acme"/,
    ],
    [
      'a bad row at the end of a large file',
      () => {
        const f = largeFile(20000);
        const last = f.facts.length - 1;
        f.facts[last] = { ...f.facts[last], object: 'missing-brand' };
        return asText(f);
      },
      /bad\.json:\d{6}:\d+ \$\.facts\[19999\]\.object: unknown entity "missing-brand"/,
    ],
  ];

  it.each(bad)(
    'refuses %s with the place that is wrong, and writes nothing',
    async (_name, text, expected) => {
      const before = { counts: await counts(gateway), sum: await checksum(gateway) };
      const run = runLoader([write('bad.json', text())], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/problem\(s\); nothing was written/);
      expect(run.stderr).toMatch(expected);
      expect(await counts(gateway)).toEqual(before.counts);
      expect(await checksum(gateway)).toBe(before.sum);
    },
  );

  it('shows progress on a large valid file and loads it atomically', async () => {
    const run = runLoader([write('large.json', asText(largeFile(12000)))], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/entities: 12003\/12003/);
    expect(run.stderr).toMatch(/facts: 12000\/12000/);
    const after = await counts(gateway);
    expect(after.entities).toBe(17 + 12003);
    await gateway.write(
      "MATCH (e:Entity) WHERE e.id STARTS WITH 'e-' OR e.id IN ['acme', 'guild', 'paper'] DETACH DELETE e",
    );
    await gateway.write("MATCH (s:Source {id: 'paper-1'}) DETACH DELETE s");
  });
});

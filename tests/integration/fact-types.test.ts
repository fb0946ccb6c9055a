// The open vocabulary against the real database: registered fact types are listed, filtered,
// explained and placed in snapshots; ids beyond kebab-case are found; large graphs open on an
// overview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factToProperties } from '../../server/domain/fact-record';
import type { Fact, SerializedGraph } from '../../server/domain/model';
import { readWholeGraph } from '../../server/graph/graph-service';
import { registerFactTypes } from '../../server/graph/fact-types';
import { cypher } from '../../server/neo4j/cypher-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import type { SearchHit, Snapshot } from '../../server/domain/api';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

let gateway: Neo4jGateway;
let app: RunningApp;
/** The app's fact types: registering the test's types teaches them, as an import does. */
const factTypes = new FactTypeRegistry();

const entity = (id: string, kind: string, name: string) => ({
  id,
  kind,
  name,
  aliases: [],
  aliasText: '',
  summary: null,
  file: 'test.tsv',
});

function fact(id: string, type: string, subject: string, object: string, time: Fact['time']) {
  const f: Fact = { id, type, subject, object, time, attributes: {}, sources: [] };
  return { id, type, subject, object, props: factToProperties(f, 'test.tsv') };
}

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  await registerFactTypes(
    gateway,
    [
      {
        name: 'PARENT_ORGANIZATION',
        label: 'parent organization',
        verb: 'has as parent organization',
        shape: 'event',
        source: 'test',
      },
      {
        name: 'DIRECTOR_OF',
        label: 'director of',
        verb: 'directed',
        shape: 'state',
        source: 'test',
      },
    ],
    factTypes,
  );
  await gateway.write(cypher('load-entities'), {
    rows: [entity('Q42', 'Company', 'Example Holding'), entity('ftm.p1', 'Person', 'Ann Example')],
  });
  await gateway.write(cypher('load-facts'), {
    rows: [
      fact('t-1', 'PARENT_ORGANIZATION', 'Q42', 'kering', {}),
      fact('t-2', 'DIRECTOR_OF', 'ftm.p1', 'Q42', {
        start: { date: '2016-01-01', precision: 'day' },
      }),
    ],
  });
  app = await serveApp({ gateway, factTypes });
});

afterAll(async () => {
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

const get = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${app.url}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

describe('registered fact types', () => {
  it('are listed by /api/schema after the built-in ones, with counts and words', async () => {
    const schema = await get<{ factTypes: { type: string; count: number; verb: string }[] }>(
      '/api/schema',
    );
    const types = schema.factTypes.map((t) => t.type);
    expect(types.indexOf('OWNS')).toBeLessThan(types.indexOf('DIRECTOR_OF'));
    expect(schema.factTypes.find((t) => t.type === 'PARENT_ORGANIZATION')).toMatchObject({
      count: 1,
      verb: 'has as parent organization',
    });
  });

  it('filter neighbourhoods and explain paths in their own words', async () => {
    const only = await get<SerializedGraph>('/api/neighbourhood?ids=Q42&types=DIRECTOR_OF');
    expect(only.edges.map((e) => e.attributes.type)).toEqual(['DIRECTOR_OF']);
    const paths = await get<{ paths: { explanation: string }[] }>(
      '/api/paths?from=ftm.p1&to=kering',
    );
    expect(paths.paths[0]?.explanation).toContain(
      'Ann Example directed Example Holding from 1 January 2016.',
    );
    expect(paths.paths[0]?.explanation).toContain(
      'Example Holding has as parent organization Kering',
    );
  });

  it('take part in snapshots when they hold over time', async () => {
    const snapshot = await get<Snapshot>('/api/snapshot?date=2016-06-01');
    expect(snapshot.graph.edges.some((e) => e.key === 't-2')).toBe(true);
    expect(snapshot.active.some((s) => s.type === 'DIRECTOR_OF')).toBe(true);
    const before = await get<Snapshot>('/api/snapshot?date=2015-06-01');
    expect(before.graph.edges.some((e) => e.key === 't-2')).toBe(false);
  });

  it('refuses a type filter that is not a type name, naming the field', async () => {
    const response = await fetch(`${app.url}/api/neighbourhood?ids=Q42&types=owns%60`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('types');
  });
});

describe('search by id', () => {
  it('finds an entity by its exact id first', async () => {
    const hits = await get<{ results: SearchHit[] }>('/api/search?q=ftm.p1');
    expect(hits.results[0]).toMatchObject({ id: 'ftm.p1', name: 'Ann Example' });
    const wikidata = await get<{ results: SearchHit[] }>('/api/search?q=Q42');
    expect(wikidata.results[0]?.id).toBe('Q42');
  });
});

describe('a graph too large to draw whole', () => {
  it('opens on its hubs and their strongest links, marked truncated, with the full counts', async () => {
    const overview = await readWholeGraph(gateway, 10);
    expect(overview.attributes.truncated).toBe(true);
    expect(overview.attributes.total).toEqual({ entities: 19, facts: 35 });
    expect(overview.edges.length).toBeLessThanOrEqual(10);
    expect(overview.edges.length).toBeGreaterThan(0);
    const ids = new Set(overview.nodes.map((n) => n.key));
    for (const edge of overview.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    // Every drawn entity has a drawn fact, and the hubs listed are drawn.
    const ends = new Set(overview.edges.flatMap((e) => [e.source, e.target]));
    expect([...ids].filter((id) => !ends.has(id))).toEqual([]);
    const hubs = overview.attributes.hubs ?? [];
    expect(hubs.length).toBeGreaterThan(0);
    for (const hub of hubs) expect(ids.has(hub)).toBe(true);
    const whole = await readWholeGraph(gateway);
    expect(whole.attributes.truncated).toBeUndefined();
    expect(whole.edges).toHaveLength(35);
  });
});

// The entity page of a hub (1,200 facts, cited sources, conflicting claims) against the real
// database: the one-query page answers every fact, the cited sources and the conflicts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';
import { readEntity, type EntityDetails } from '../../server/graph/entity';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { clearDatabase, loadTestFiles, testGateway } from '../support/database';
import { asText } from '../support/fact-files';
import { FACTS, KINDS, hubFile, type Expected } from '../support/hub-file';
import { serveApp, type RunningApp } from '../support/http-app';

describe('GET /api/entities/:id on a hub of 1,200 facts', () => {
  const factTypes = new FactTypeRegistry();
  let gateway: Neo4jGateway;
  let app: RunningApp | undefined;
  let expected: Map<string, Expected>;
  const served = (): RunningApp => {
    if (!app) throw new Error('the app did not start');
    return app;
  };

  beforeAll(async () => {
    gateway = testGateway();
    await clearDatabase(gateway);
    const hub = hubFile();
    expected = hub.expected;
    await loadTestFiles(gateway, [{ name: 'hub.json', text: asText(hub.file) }]);
    app = await serveApp({ gateway, factTypes });
  });
  afterAll(async () => {
    await app?.close();
    await gateway.close();
  });

  it('answers every fact with its other party, direction, sources and conflicts', async () => {
    const page = await served().getJson<EntityDetails>('/api/entities/hub');
    expect(page.entity).toMatchObject({ id: 'hub', name: 'Hub Holdings', kind: 'Company' });
    expect(page.facts).toHaveLength(FACTS);
    expect(page.facts.map((f) => f.fact.key)).toEqual([...expected.keys()]); // ordered by id
    for (const f of page.facts) {
      const want = expected.get(f.fact.key);
      const k = Number(want?.other.slice('party-'.length));
      expect({
        other: f.other,
        direction: f.direction,
        sources: f.fact.attributes.sources.map((c) => c.source),
        conflictsWith: f.conflictsWith,
      }).toEqual({
        other: { id: want?.other, name: `Party ${k}`, kind: KINDS[k % KINDS.length] },
        direction: want?.direction,
        sources: want?.sources,
        conflictsWith: want?.conflictsWith,
      });
      expect(f.sentence).toMatch(f.direction === 'out' ? /^Hub Holdings / : / Hub Holdings/);
    }
    const cited = new Set([...expected.values()].flatMap((e) => e.sources));
    expect(Object.keys(page.sources).sort()).toEqual([...cited].sort());
    expect(page.sources['src-3']).toMatchObject({ id: 'src-3', title: 'Report 3' });
    expect(page.facts.filter((f) => f.conflictsWith.length > 0)).toHaveLength(24);
  });

  it('answers through HTTP exactly what the service answers', async () => {
    const page = await served().getJson<EntityDetails>('/api/entities/hub');
    expect(page).toEqual(JSON.parse(JSON.stringify(await readEntity(gateway, 'hub', factTypes))));
  });
});

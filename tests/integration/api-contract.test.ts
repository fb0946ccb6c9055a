// The OpenAPI document is served, readable, and real responses conform to it.
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appImports } from '../../server/imports/app-runner';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

let gateway: Neo4jGateway;
let app: RunningApp;
let doc: {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
    >
  >;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway });
  doc = await app.getJson('/api/openapi.json');
  ajv.addSchema({ $id: 'openapi.json', components: doc.components });
});
afterAll(async () => {
  await app.close();
  await gateway.close();
});

function schemaFor(
  path: string,
  method: string,
  status: string,
  mediaType: string,
): (data: unknown) => boolean {
  const ref = doc.paths[path]?.[method]?.responses[status]?.content?.[mediaType]?.schema.$ref;
  if (!ref) throw new Error(`no ${status} ${mediaType} schema for ${method} ${path}`);
  const validate = ajv.getSchema(`openapi.json${ref}`);
  if (!validate) throw new Error(`cannot compile ${ref}`);
  return (data) => {
    const ok = validate(data) === true;
    if (!ok) console.error(path, JSON.stringify(validate.errors, null, 2));
    return ok;
  };
}

const CASES: [string, string, string][] = [
  ['/api/health', '/api/health', 'get'],
  ['/api/ready', '/api/ready', 'get'],
  ['/api/search', '/api/search?q=gucci', 'get'],
  ['/api/entities/{id}', '/api/entities/alibaba', 'get'],
  ['/api/neighbourhood', '/api/neighbourhood?ids=gucci,kering&depth=2', 'get'],
  ['/api/paths', '/api/paths?from=saint-laurent&to=ebay', 'get'],
  ['/api/timeline', '/api/timeline', 'get'],
  ['/api/snapshot', '/api/snapshot?date=2016-04-15', 'get'],
  ['/api/changes', '/api/changes?from=2016-04-01&to=2016-05-15', 'get'],
  ['/api/schema', '/api/schema', 'get'],
  ['/api/graph', '/api/graph', 'get'],
  ['/api/hubs', '/api/hubs', 'get'],
  ['/api/communities', '/api/communities', 'get'],
  ['/api/communities/{community}', '/api/communities/c0', 'get'],
  ['/api/imports', '/api/imports', 'get'],
  ['/api/import-records', '/api/import-records', 'get'],
  ['/api/embed/view', '/api/embed/view?expanded=gucci,kering&entity=gucci', 'get'],
  ['/api/embed/sign', '/api/embed/sign?expanded=gucci&theme=dark', 'get'],
];

describe('OpenAPI 3.1', () => {
  it('is served and names every endpoint', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        ...CASES.map((c) => c[0]),
        '/api/export',
        '/api/cypher',
        '/api/imports/{job}',
        '/api/imports/{job}/undo',
        '/api/sources',
        '/api/entities',
        '/api/facts',
        '/api/facts/{id}',
        '/api/revisions',
        '/api/revisions/{revision}/revert',
        '/api/entities/{id}/merge',
        '/api/merges/{merge}/undo',
        '/api/merge-candidates',
        '/api/embed/frozen',
        '/api/views',
        '/api/views/{view}',
        '/api/articles/analyse',
        '/api/stories',
        '/api/stories/{story}',
        '/api/stories/{story}/publish',
        '/api/stories/{story}/frozen',
        '/oembed',
      ].sort(),
    );
  });

  it.each(CASES)('%s: a real response conforms', async (path, url, method) => {
    const response = await app.get(url);
    expect(response.status).toBe(200);
    expect(schemaFor(path, method, '200', 'application/json')(await response.json())).toBe(true);
  });

  // Every read of the graph and every time read takes known= (as known on a day).
  it.each([
    ['/api/entities/{id}', '/api/entities/gucci?known=2030-01-01'],
    ['/api/neighbourhood', '/api/neighbourhood?ids=gucci&known=2030-01-01'],
    ['/api/paths', '/api/paths?from=saint-laurent&to=ebay&known=2030-01-01'],
    ['/api/timeline', '/api/timeline?entity=gucci&known=2030-01-01'],
    ['/api/snapshot', '/api/snapshot?date=2016-04-15&known=2030-01-01'],
    ['/api/changes', '/api/changes?from=2016-04-01&to=2016-05-15&known=2030-01-01'],
    ['/api/graph', '/api/graph?known=2030-01-01'],
  ])('%s documents known=, and a real response with it conforms', async (path, url) => {
    const operation = doc.paths[path]?.get as unknown as { parameters?: { name: string }[] };
    expect(operation.parameters?.map((p) => p.name)).toContain('known');
    const response = await app.get(url);
    expect(response.status).toBe(200);
    expect(schemaFor(path, 'get', '200', 'application/json')(await response.json())).toBe(true);
  });

  it('/api/cypher: a real response conforms', async () => {
    const response = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'MATCH (e:Entity) RETURN e.id AS id, e.aliases AS aliases LIMIT $n',
        params: { n: 3 },
      }),
    });
    expect(response.status).toBe(200);
    expect(schemaFor('/api/cypher', 'post', '200', 'application/json')(await response.json())).toBe(
      true,
    );
  });

  it('/api/articles/analyse: a real answer conforms', async () => {
    const token = 'editor-token-for-the-contract-test';
    const editing = await serveApp({ gateway, editors: new Map([[token, 'alice']]) });
    try {
      const response = await fetch(`${editing.url}/api/articles/analyse`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          text: 'Kering sued Alibaba last Wednesday in Washington, D.C.; Tapestry said nothing.',
          title: 'T',
          publisher: 'P',
          published: '2016-05',
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { proposals: unknown[]; newEntities: unknown[] };
      expect(body.proposals).toHaveLength(1);
      expect(body.newEntities).toHaveLength(1);
      const validate = schemaFor('/api/articles/analyse', 'post', '200', 'application/json');
      expect(validate(body)).toBe(true);
    } finally {
      await editing.close();
    }
  });

  it('/api/views: a view saved and read back conforms, under the same id', async () => {
    const query = `hidden=${Array.from({ length: 150 }, (_, i) => `entity-${i}-long-id`).join(',')}`;
    const save = async (): Promise<{ id: string }> => {
      const response = await fetch(`${app.url}/api/views`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { id: string };
      expect(schemaFor('/api/views', 'post', '200', 'application/json')(body)).toBe(true);
      return body;
    };
    const { id } = await save();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await save()).id).toBe(id);
    const response = await app.get(`/api/views/${id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string; query: string };
    expect(schemaFor('/api/views/{view}', 'get', '200', 'application/json')(body)).toBe(true);
    expect(body).toEqual({ id, query });
    expect((await app.get(`/api/views/${'B'.repeat(22)}`)).status).toBe(404);
  });

  it('/api/import-records and /api/imports/{job}/undo: real answers conform', async () => {
    const id = '0c0ffee0-0000-4000-8000-00000000c0de';
    await gateway.write(
      "CREATE (:Import {id: $id, dataset: 'contract', format: 'edges', files: ['contract.csv'], " +
        "sourceIds: ['contract-source'], startedAt: '2000-01-01T00:00:00.000Z', status: 'running', " +
        'rowsWritten: 0})',
      { id },
    );
    const jobsDir = mkdtempSync(join(tmpdir(), 'brand-graph-contract-jobs-'));
    const token = 'editor-token-for-the-contract-test';
    const factTypes = new FactTypeRegistry();
    const editing = await serveApp({
      gateway,
      factTypes,
      imports: appImports(
        gateway,
        {
          editorToken: token,
          maxFileBytes: 1000,
          maxFiles: 1,
          jobsDir,
        },
        factTypes,
      ),
    });
    try {
      const listed = await app.get('/api/import-records');
      const body = (await listed.json()) as { imports: { id: string; status: string }[] };
      expect(schemaFor('/api/import-records', 'get', '200', 'application/json')(body)).toBe(true);
      expect(body.imports.find((r) => r.id === id)?.status).toBe('interrupted');
      const undone = await fetch(`${editing.url}/api/imports/${id}/undo`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(undone.status).toBe(200);
      const answer: unknown = await undone.json();
      const validate = schemaFor('/api/imports/{job}/undo', 'post', '200', 'application/json');
      expect(validate(answer)).toBe(true);
      expect(answer).toEqual({ id, facts: 0, entities: 0 });
    } finally {
      await editing.close();
      await gateway.write('MATCH (i:Import {id: $id}) DELETE i', { id });
      rmSync(jobsDir, { recursive: true, force: true });
    }
  });

  it('/api/stories: real answers of create, replace, publish and read conform', async () => {
    const token = 'contract-editor-token-0123';
    const editor = await serveApp({ gateway, editors: new Map([[token, 'ann']]) });
    try {
      const send = async (method: string, path: string, body?: unknown): Promise<unknown> => {
        const response = await fetch(`${editor.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        expect(response.status).toBe(method === 'POST' && !path.endsWith('publish') ? 201 : 200);
        return response.json();
      };
      const input = {
        title: 'Contract',
        author: 'Ann',
        steps: [{ view: 'expanded=iacc&asOf=2016-05-04', caption: 'IACC' }],
      };
      const created = (await send('POST', '/api/stories', input)) as { id: string };
      expect(schemaFor('/api/stories', 'post', '201', 'application/json')(created)).toBe(true);
      const path = `/api/stories/${created.id}`;
      const put = await send('PUT', path, { ...input, revision: 1 });
      expect(schemaFor('/api/stories/{story}', 'put', '200', 'application/json')(put)).toBe(true);
      const published = await send('POST', `${path}/publish`);
      expect(
        schemaFor('/api/stories/{story}/publish', 'post', '200', 'application/json')(published),
      ).toBe(true);
      const read = await send('GET', path);
      expect(schemaFor('/api/stories/{story}', 'get', '200', 'application/json')(read)).toBe(true);
    } finally {
      await editor.close();
    }
  });

  it('/oembed: a real response conforms', async () => {
    const url = encodeURIComponent(`${app.url}/?expanded=gucci`);
    const response = await app.get(`/oembed?url=${url}&maxwidth=400`);
    expect(response.status).toBe(200);
    expect(schemaFor('/oembed', 'get', '200', 'application/json')(await response.json())).toBe(
      true,
    );
  });

  it('error responses conform to the Problem schema', async () => {
    const validate = schemaFor('/api/search', 'get', '400', 'application/problem+json');
    const bad = await app.get('/api/search?q=gucci&limit=abc&colour=red');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await bad.json()) as { errors: { path: string }[] };
    expect(validate(body)).toBe(true);
    expect(body.errors.map((e) => e.path).sort()).toEqual(['query', 'query.limit']);
    const missing = await app.get('/api/entities/nobody');
    expect(
      schemaFor(
        '/api/entities/{id}',
        'get',
        '404',
        'application/problem+json',
      )(await missing.json()),
    ).toBe(true);
  });

  it('validates against the OpenAPI 3.1 schema (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has component and body schemas that are valid JSON Schema 2020-12 (Ajv2020)', () => {
    // A `$id` with a fragment (`#/components/schemas/X`) is invalid in 2020-12 (section 8.2.1).
    const meta = new Ajv2020({ strict: false });
    const bodies = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) => {
        const body = (op as { requestBody?: { content: Record<string, { schema: object }> } })
          .requestBody;
        return Object.values(body?.content ?? {}).map((c): [string, object] => [
          `${method} ${path}`,
          c.schema,
        ]);
      }),
    );
    const schemas: [string, object][] = [...Object.entries(doc.components.schemas), ...bodies];
    expect(schemas.length).toBeGreaterThan(21);
    const invalid = schemas
      .filter(([, schema]) => !meta.validateSchema(schema))
      .map(([name]) => `${name}: ${meta.errorsText()}`);
    expect(invalid).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/"\$id":"[^"]*#/);
    for (const name of Object.keys(doc.components.schemas)) {
      expect(ajv.getSchema(`openapi.json#/components/schemas/${name}`), name).toBeTypeOf(
        'function',
      );
    }
  });

  it('has a readable docs page', async () => {
    const page = await app.get('/api/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<h2><code>GET /api/paths</code></h2>');
    expect(html).toContain('Read-only Cypher for analysts');
  });
});

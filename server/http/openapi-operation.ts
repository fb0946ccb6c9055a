// One operation of the OpenAPI document from its Endpoint: path and query parameters, request
// body, and every answer (success, then the problem+json errors that apply).
import { z } from 'zod';
import { PATH_PATTERNS, type Endpoint } from './endpoint';

const ref = (id: string): { $ref: string } => ({ $ref: `#/components/schemas/${id}` });

function queryParameters(schema: z.ZodType): Record<string, unknown>[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

function formBody(form: Readonly<Record<string, string>>): Record<string, unknown> {
  const properties = Object.fromEntries(
    Object.entries(form).map(([name, description]) => [
      name.replace(/\[\]$/, ''),
      name.endsWith('[]')
        ? { type: 'array', items: { type: 'string', format: 'binary' }, description }
        : { type: 'string', description },
    ]),
  );
  return {
    required: true,
    content: {
      'multipart/form-data': { schema: { type: 'object', properties, required: ['format'] } },
    },
  };
}

/**
 * Removes `$id` and `$schema` from a schema zod made for one component. zod sets `$id` to the
 * component's URI (`#/components/schemas/X`), but JSON Schema 2020-12 (section 8.2.1) forbids
 * a fragment in `$id`, and `$schema` belongs only at a schema resource's root; the components
 * are resolved by their place in the document instead, as OpenAPI 3.1 does.
 */
export function withoutResourceKeys(schema: Record<string, unknown>): Record<string, unknown> {
  delete schema.$id;
  delete schema.$schema;
  return schema;
}

/**
 * A request body's schema: shapes with a component id inside it (a fact's `TimePoint`) point to
 * the document's components, which hold them, instead of to `$defs` of their own.
 */
function bodySchema(body: z.ZodType): Record<string, unknown> {
  const json = withoutResourceKeys(z.toJSONSchema(body, { io: 'input' }));
  delete json.$defs;
  return JSON.parse(
    JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as Record<string, unknown>;
}

const PROBLEM = { 'application/problem+json': { schema: ref('Problem') } };
const OK_WORDS: Readonly<Record<string, string>> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
};

/** The operation object of one endpoint (OpenAPI 3.1, section 4.8.10). */
export function operation(e: Endpoint): Record<string, unknown> {
  const parameters = [
    ...(e.pathParams ?? []).map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: PATH_PATTERNS[name] ?? '^.+$' },
    })),
    ...(e.query ? queryParameters(e.query) : []),
  ];
  const ok =
    typeof e.response === 'string'
      ? { 'application/json': { schema: ref(e.response) } }
      : Object.fromEntries(e.response.mediaTypes.map((m) => [m, { schema: { type: 'string' } }]));
  return {
    summary: e.summary,
    description: e.description,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(e.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: bodySchema(e.body) },
            },
          },
        }
      : {}),
    ...(e.form ? { requestBody: formBody(e.form) } : {}),
    ...(e.token ? { security: [{ [`${e.token}Token`]: [] }] } : {}),
    responses: {
      [e.okStatus ?? '200']: { description: OK_WORDS[e.okStatus ?? '200'], content: ok },
      ...(e.token
        ? {
            '401': { description: `Missing or wrong ${e.token} token`, content: PROBLEM },
            '403': {
              description: 'Writing is off (no EDITOR_TOKEN or EDITOR_TOKENS)',
              content: PROBLEM,
            },
          }
        : {}),
      '400': {
        description: 'Invalid input: each failing field named with its path',
        content: PROBLEM,
      },
      ...(e.path.includes('{id}') || e.path.includes('neighbourhood') || e.path.includes('paths')
        ? { '404': { description: 'Unknown entity', content: PROBLEM } }
        : {}),
      ...(e.path.includes('{job}')
        ? { '404': { description: 'Unknown import job or import', content: PROBLEM } }
        : {}),
      ...(e.method === 'post' && e.body && !e.token
        ? {
            '403': { description: 'Query refused', content: PROBLEM },
            '413': { description: 'Body too large', content: PROBLEM },
            '415': { description: 'Body not application/json', content: PROBLEM },
          }
        : {}),
      ...(e.form
        ? {
            '413': { description: 'A file or the form beyond the limits', content: PROBLEM },
            '415': { description: 'Body not multipart/form-data', content: PROBLEM },
          }
        : {}),
      ...Object.fromEntries(
        Object.entries(e.errors ?? {}).map(([status, description]) => [
          status,
          { description, content: PROBLEM },
        ]),
      ),
      '429': { description: 'Rate limited; see Retry-After', content: PROBLEM },
      '503': {
        description: 'Database unavailable or too slow; see Retry-After',
        content: PROBLEM,
      },
    },
  };
}

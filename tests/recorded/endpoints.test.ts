// The recorded-query tier (in the spirit of neo4j/graphql's TCK): for every endpoint of the
// OpenAPI document, the named queries it sends for an input and its answer for recorded rows.
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../server/http/openapi';
import { articleCases } from './cases/articles';
import { authoringCases } from './cases/authoring';
import { embedCases } from './cases/embed';
import { exploreCases } from './cases/explore';
import { graphCases } from './cases/graph';
import { mergeCases } from './cases/merges';
import { overviewCases } from './cases/overview';
import { serviceCases } from './cases/service';
import { storyCases } from './cases/stories';
import { timeCases } from './cases/time';
import { checkCase, type RecordedCase } from './harness';

const CASES: readonly RecordedCase[] = [
  ...serviceCases,
  ...exploreCases,
  ...timeCases,
  ...graphCases,
  ...mergeCases,
  ...overviewCases,
  ...embedCases,
  ...articleCases,
  ...storyCases,
  ...authoringCases,
];

describe('recorded queries', () => {
  it('has a case for every endpoint in the OpenAPI document, and none for others', () => {
    const documented = ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${e.path}`);
    const covered = new Set(CASES.map((c) => c.endpoint));
    expect(documented.filter((e) => !covered.has(e))).toEqual([]);
    expect([...covered].filter((e) => !documented.includes(e))).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.endpoint}: ${c.title}`, c] as const))('%s', async (_, c) => {
    await checkCase(c);
  });
});

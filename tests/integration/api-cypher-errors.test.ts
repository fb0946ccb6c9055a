// A Cypher syntax error names its place in the analyst's own text: line, column and offset as
// typed (the server plans the query as "EXPLAIN …", options and leading comments aside).
import { describe, expect, it } from 'vitest';
import { useArticleApp } from '../support/article-app';

const ctx = useArticleApp();

async function problem(query: string): Promise<{ status: number; detail: string }> {
  const response = await fetch(`${ctx.app.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { detail: string };
  return { status: response.status, detail: body.detail };
}

describe('a syntax error in an analyst query', () => {
  it('reports the column of the user text, not of the text the server sent', async () => {
    const query = 'MATCH (n) RETRN n';
    const { status, detail } = await problem(query);
    expect(status).toBe(400);
    const column = query.indexOf('RETRN') + 1;
    expect(detail).toContain(`(line 1, column ${column} (offset: ${column - 1}))`);
    expect(detail).not.toContain('EXPLAIN');
  });

  it('counts lines and columns in the text as typed, after comments and options', async () => {
    const query = '// the members\nCYPHER 5\nMATCH (b:Brand)\nRETRUN b';
    const { status, detail } = await problem(query);
    expect(status).toBe(400);
    expect(detail).toContain(`(line 4, column 1 (offset: ${query.indexOf('RETRUN')}))`);
  });
});

// Small fact files for tests, written as JSON text the way a person would write them.

export interface TestFile {
  type: string;
  version: number;
  sources: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  facts: Record<string, unknown>[];
}

export function smallFile(): TestFile {
  return {
    type: 'brand-graph/facts',
    version: 1,
    sources: [
      {
        id: 'paper-1',
        kind: 'news-article',
        title: 'A report',
        publisher: 'paper',
        published: '2016-05',
      },
    ],
    entities: [
      { id: 'paper', kind: 'Publication', name: 'The Paper', aliases: [] },
      { id: 'acme', kind: 'Company', name: 'Acme', aliases: ['Acme Group'] },
      { id: 'guild', kind: 'Organization', name: 'The Guild', aliases: [] },
    ],
    facts: [
      {
        id: 'f-acme-joins',
        type: 'JOINED',
        subject: 'acme',
        object: 'guild',
        time: { at: { date: '2016-04-13', precision: 'day' } },
        sources: [{ source: 'paper-1' }],
      },
    ],
  };
}

/** A valid file with `n` entities and `n - 1` facts, to test large inputs. */
export function largeFile(n: number): TestFile {
  const file = smallFile();
  for (let i = 0; i < n; i += 1) {
    file.entities.push({ id: `e-${i}`, kind: 'Brand', name: `Brand ${i}`, aliases: [] });
    if (i > 0) {
      file.facts.push({
        id: `f-${i}`,
        type: 'OWNS',
        subject: `e-${i - 1}`,
        object: `e-${i}`,
        time: { start: { date: '2015', precision: 'year' } },
        sources: [{ source: 'paper-1' }],
      });
    }
  }
  return file;
}

export const asText = (file: unknown): string => `${JSON.stringify(file, null, 2)}\n`;

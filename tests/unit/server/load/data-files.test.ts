// The bundled data: valid, every quotation real, no sentence of the article copied.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../server/config';
import { jsonFilesIn, readInputs } from '../../../../server/load/read-inputs';
import { DATA_DIR } from '../../../../server/load/seed';
import { validateFiles, type ParsedFile } from '../../../../server/load/validate';

const SEED = join(PROJECT_ROOT, '..', 'shared', 'seed');
const ARTICLE_SOURCE = 'fashionista-2016-05-gucci-quits-iacc';

function files(): readonly ParsedFile[] {
  const result = validateFiles(readInputs(jsonFilesIn(DATA_DIR), PROJECT_ROOT));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.files;
}

const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9$.']+/g) ?? [];
const normalise = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

describe('data/', () => {
  it('validates, with the article and outside facts in separate files', () => {
    const names = files().map((f) => f.name);
    expect(names).toEqual(['data/article.json', 'data/outside.json']);
  });

  it('attributes every article fact to the article, and no outside fact to it', () => {
    const [article, outside] = files();
    for (const fact of article?.data.facts ?? []) {
      expect(fact.sources.map((c) => c.source)).toEqual([ARTICLE_SOURCE]);
    }
    for (const fact of outside?.data.facts ?? []) {
      expect(fact.sources.map((c) => c.source)).not.toContain(ARTICLE_SOURCE);
    }
  });

  const seedThere = existsSync(join(SEED, '000_a6078441eae04fd6.txt'));
  it.runIf(seedThere)('has every quotation from the article really in the article', () => {
    const text = normalise(readFileSync(join(SEED, '000_a6078441eae04fd6.txt'), 'utf8'));
    const quotes = files().flatMap((f) =>
      f.data.facts.flatMap((fact) =>
        fact.sources.flatMap((c) => (c.quote ? [{ source: c.source, text: c.quote.text }] : [])),
      ),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      if (q.source === ARTICLE_SOURCE) expect(text).toContain(normalise(q.text));
      else expect(q.source).not.toBe(ARTICLE_SOURCE);
    }
  });

  it.runIf(seedThere)('never repeats twelve words in a row from the article', () => {
    const seed = words(readFileSync(join(SEED, '000_a6078441eae04fd6.txt'), 'utf8'));
    const grams = new Set<string>();
    for (let i = 0; i + 12 <= seed.length; i += 1) grams.add(seed.slice(i, i + 12).join(' '));
    for (const path of jsonFilesIn(DATA_DIR)) {
      const w = words(readFileSync(path, 'utf8'));
      for (let i = 0; i + 12 <= w.length; i += 1) {
        expect(grams.has(w.slice(i, i + 12).join(' ')), `${path} at word ${i}`).toBe(false);
      }
    }
  });

  it('resolves every relative date of the article with its wording kept', () => {
    const [article] = files();
    const wordings = (article?.data.facts ?? []).flatMap((f) =>
      [f.time.at, f.time.start, f.time.end].flatMap((t) => (t?.wording ? [t.wording] : [])),
    );
    expect(wordings).toEqual(expect.arrayContaining(['mid-April', 'in April', 'last Wednesday']));
  });
});

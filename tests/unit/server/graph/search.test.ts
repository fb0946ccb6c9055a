import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../../../server/graph/search';

describe('luceneQuery', () => {
  it('matches each word exactly, as a prefix, or with typos', () => {
    expect(luceneQuery('Alibaba grp')).toBe(
      '"alibaba grp"^8 OR (alibaba^4 OR alibaba*^2 OR alibaba~2) OR (grp^4 OR grp*^2 OR grp~2)',
    );
    expect(luceneQuery('YS')).toBe('(ys^4 OR ys*^2)');
  });

  it('keeps only letters and digits, so no Lucene operator survives', () => {
    const q = luceneQuery('Saint-Laurent a:b (c) "d" e* f~ g^2 h\\ i/j -k +l &&m ||n !o [p] {q} ?');
    const userParts = q.replace(/\^\d|\*\^2|~2|\(|\)|"| OR /g, ' ');
    expect(userParts).toMatch(/^[a-z0-9 ]+$/);
    expect(q).toContain('"saint laurent a b c d e f"^8 OR (saint^4 OR saint*^2 OR saint~2)');
  });

  it('drops bare boolean words and empty input', () => {
    expect(luceneQuery('  AND or NOT ')).toBe('');
  });
});

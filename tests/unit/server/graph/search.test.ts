import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../../../server/graph/search';

describe('luceneQuery', () => {
  it('matches each word exactly, as a prefix, or with typos', () => {
    expect(luceneQuery('Alibaba grp')).toBe(
      '(alibaba^4 OR alibaba*^2 OR alibaba~2) OR (grp^4 OR grp*^2 OR grp~2)',
    );
    expect(luceneQuery('YS')).toBe('(ys^4 OR ys*^2)');
  });

  it('escapes every Lucene operator so text can only be words', () => {
    const q = luceneQuery('a:b (c) "d" e* f~ g^2 h\\ i/j -k +l &&m ||n !o [p] {q} ?');
    for (const op of [
      ':',
      '(c)',
      '"d"',
      'e*^',
      'f~^',
      'g^2^',
      '/j',
      '-k',
      '+l',
      '&&',
      '||',
      '!o',
      '[p]',
      '{q}',
      '?',
    ]) {
      expect(q).not.toContain(` ${op}`);
    }
    expect(q).toContain('a\\:b');
    expect(q).toContain('\\(c\\)');
    expect(q).toContain('\\"d\\"');
  });

  it('drops bare boolean words and empty input', () => {
    expect(luceneQuery('  AND or NOT ')).toBe('');
  });
});

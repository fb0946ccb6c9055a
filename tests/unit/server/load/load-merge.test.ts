import { describe, expect, it } from 'vitest';
import { mergeWithStored, type LoadEntityRow } from '../../../../server/load/load-merge';

const row: LoadEntityRow = {
  id: 'gucci',
  kind: 'Brand',
  name: 'Gucci',
  aliases: ['Gucci America'],
  aliasText: 'Gucci America',
  summary: 'Fashion house.',
  file: 'data/article.json',
};

describe('a data file loaded over what is stored', () => {
  it('writes a new entity as it is', () => {
    expect(mergeWithStored(row, undefined)).toEqual({ ...row, saidBy: null, mergedFrom: null });
  });

  it('keeps the names imports gave as aliases and their values by source when it owns the entity', () => {
    const saidBy = JSON.stringify({ 'k.csv': { name: 'Gucci Knockoffs Ltd', kind: 'Company' } });
    const merged = mergeWithStored(row, {
      file: 'data/article.json',
      name: 'Gucci',
      aliases: ['Gucci America', 'Gucci Knockoffs Ltd'],
      saidBy,
      mergedFrom: ['k.csv'],
    });
    expect(merged).toMatchObject({
      name: 'Gucci',
      aliases: ['Gucci America', 'Gucci Knockoffs Ltd'],
      aliasText: 'Gucci America | Gucci Knockoffs Ltd',
      saidBy,
      mergedFrom: ['k.csv'],
    });
  });

  it('takes over an imported entity: its values are kept under the import\u2019s file', () => {
    const merged = mergeWithStored(row, {
      file: 'k.csv',
      name: 'Gucci Ltd',
      kind: 'Company',
      summary: 'Imported.',
      aliases: ['GL'],
      saidBy: null,
      mergedFrom: null,
    });
    expect(merged).toMatchObject({
      name: 'Gucci',
      kind: 'Brand',
      summary: 'Fashion house.',
      aliases: ['Gucci America', 'Gucci Ltd', 'GL'],
      mergedFrom: ['k.csv'],
    });
    expect(JSON.parse(String(merged.saidBy))).toEqual({
      'k.csv': { name: 'Gucci Ltd', kind: 'Company', summary: 'Imported.', aliases: ['GL'] },
    });
  });
});

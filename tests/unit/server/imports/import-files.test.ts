import { describe, expect, it } from 'vitest';
import { mergedWords } from '../../../../server/imports/import-files';

describe('the import summary', () => {
  it('names the entities merged with what other files wrote, by file', () => {
    expect(mergedWords([])).toBe('');
    expect(mergedWords([{ file: 'data/article.json', entities: 12 }])).toBe(
      '; 12 entities already known from data/article.json were merged (their names, kinds and ' +
        'summaries kept, new names added as aliases, what else the file says kept under its name)',
    );
    expect(
      mergedWords([
        { file: 'a.csv', entities: 1 },
        { file: 'data/article.json', entities: 2 },
      ]),
    ).toMatch(/^; 1 entity already known from a\.csv was merged; 2 entities already known from/);
  });
});

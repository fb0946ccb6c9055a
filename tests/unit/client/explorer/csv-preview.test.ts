import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../../client/src/explorer/csv-preview';

describe('previewCsv', () => {
  it('reads the header and first rows by the importer rules: quotes, commas, line breaks', () => {
    const text = '\uFEFFa, b ,c\n\n1,"x, ""y""",z\r\n2,"two\nlines",\n3,3,3\n4,4,4\n';
    expect(previewCsv(text, ',', 2)).toEqual({
      header: ['a', 'b', 'c'],
      rows: [
        ['1', 'x, "y"', 'z'],
        ['2', 'two\nlines', ''],
      ],
    });
  });

  it('drops a last line cut short, reads other delimiters, says where the CSV breaks', () => {
    expect(previewCsv('a;b\n1;2\n3;4 cut', ';', 5)).toEqual({
      header: ['a', 'b'],
      rows: [['1', '2']],
    });
    expect(previewCsv('a,b\n"1"x,2\n', ',', 5)).toEqual({
      header: ['a', 'b'],
      rows: [],
      problem: 'line 2, column 4: unexpected text after a closing quote',
    });
  });
});

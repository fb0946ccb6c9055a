// neo4j-admin's CSV cells as the bulk import writes them: quoting, empty text, lists joined by
// the unit separator, integers and doubles, dates, labels, and what is refused.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  ARRAY_DELIMITER,
  BulkRefusal,
  cellTypeOf,
  csvCell,
  headerCell,
  isUnwritableList,
  labelsCell,
} from '../../../../../server/imports/bulk/csv-cells';

describe('csvCell', () => {
  it('writes plain text as it is and quotes delimiters, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Douglas Adams', 'string', 'name')).toBe('Douglas Adams');
    expect(csvCell('Sun Microsystems, Inc.', 'string', 'name')).toBe('"Sun Microsystems, Inc."');
    expect(csvCell('The "Big" Apple', 'string', 'name')).toBe('"The ""Big"" Apple"');
    expect(csvCell('line one\nline two', 'string', 'summary')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb', 'string', 'summary')).toBe('"a\r\nb"');
  });

  it('keeps odd characters of CoDEx labels as they are (accents, scripts, apostrophes)', () => {
    for (const label of [
      'Ludwig van Beethoven',
      'São Paulo',
      'Đắk Lắk',
      'القاهرة',
      "Côte d'Ivoire",
      '北京市',
      'a;b|c\tb',
    ]) {
      expect(csvCell(label, 'string', 'name')).toBe(label);
    }
  });

  it('writes the empty text quoted (a value) and null as an empty cell (no property)', () => {
    expect(csvCell('', 'string', 'aliasText')).toBe('""');
    expect(csvCell(null, 'string', 'summary')).toBe('');
    expect(csvCell(undefined, 'long', 'n')).toBe('');
  });

  it('joins lists with the unit separator, quoted when an element needs it', () => {
    expect(csvCell(['a', 'b'], 'string[]', 'aliases')).toBe(`a${ARRAY_DELIMITER}b`);
    expect(csvCell(['x, y', 'z'], 'string[]', 'aliases')).toBe(`"x, y${ARRAY_DELIMITER}z"`);
    expect(csvCell(['', ''], 'string[]', 'citationQuotes')).toBe(ARRAY_DELIMITER);
    expect(csvCell(['', 'a'], 'string[]', 'citationQuotes')).toBe(`${ARRAY_DELIMITER}a`);
  });

  it('leaves [] and [""] empty (the tool stores no property for them; they are filled after)', () => {
    expect(isUnwritableList([])).toBe(true);
    expect(isUnwritableList([''])).toBe(true);
    expect(isUnwritableList(['', ''])).toBe(false);
    expect(csvCell([], 'string[]', 'aliases')).toBe('');
    expect(csvCell([''], 'string[]', 'citationQuotes')).toBe('');
  });

  it('refuses a list element that holds the unit separator', () => {
    expect(() => csvCell([`a${ARRAY_DELIMITER}b`], 'string[]', 'aliases')).toThrow(BulkRefusal);
    expect(() => csvCell([`a${ARRAY_DELIMITER}b`], 'string[]', 'aliases')).toThrow('"aliases"');
  });

  it('writes integers in full (beyond 2^53), doubles, booleans, dates and date-times', () => {
    expect(csvCell(neo4j.int('9007199254740993'), 'long', 'n')).toBe('9007199254740993');
    expect(csvCell(neo4j.int(-12), 'long', 'n')).toBe('-12');
    expect(csvCell(2.5, 'double', 'price')).toBe('2.5');
    expect(csvCell(3, 'double', 'price')).toBe('3');
    expect(csvCell(false, 'boolean', 'listed')).toBe('false');
    expect(csvCell('1879-03-14', 'date', 'startEarliest')).toBe('1879-03-14');
    expect(csvCell('2026-11-30T19:00:00.000Z', 'datetime', 'recordedAt')).toBe(
      '2026-11-30T19:00:00.000Z',
    );
  });

  it('refuses a value of another type than its column', () => {
    expect(() => csvCell('ten', 'long', 'n')).toThrow('a value of "n" is not long');
    expect(() => csvCell(Number.NaN, 'double', 'x')).toThrow(BulkRefusal);
    expect(() => csvCell(1, 'string', 'name')).toThrow(BulkRefusal);
  });
});

describe('cellTypeOf', () => {
  it('types values as the driver sends them: Integer long, other numbers double', () => {
    expect(cellTypeOf('a', 'x')).toBe('string');
    expect(cellTypeOf(['a'], 'x')).toBe('string[]');
    expect(cellTypeOf(neo4j.int(5), 'x')).toBe('long');
    expect(cellTypeOf(5, 'x')).toBe('double');
    expect(cellTypeOf(true, 'x')).toBe('boolean');
    expect(cellTypeOf(null, 'x')).toBeUndefined();
  });

  it('refuses values neo4j-admin cannot take as stored', () => {
    expect(() => cellTypeOf([1, 2], 'scores')).toThrow('"scores"');
    expect(() => cellTypeOf({ a: 1 }, 'map')).toThrow(BulkRefusal);
  });
});

describe('header and labels', () => {
  it('names each property with its type; refuses a name with a colon', () => {
    expect(headerCell('price', 'double')).toBe('price:double');
    expect(headerCell('aliases', 'string[]')).toBe('aliases:string[]');
    expect(headerCell('amount, eur', 'long')).toBe('"amount, eur:long"');
    expect(() => headerCell('a:b', 'string')).toThrow(BulkRefusal);
  });

  it('joins labels with the unit separator (the tool splits :LABEL with --array-delimiter)', () => {
    expect(labelsCell(['Entity', 'Person'])).toBe(`Entity${ARRAY_DELIMITER}Person`);
  });
});

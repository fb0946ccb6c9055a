import { describe, expect, it } from 'vitest';
import { cellValue, scalarOf, timePointOf } from '../../../../server/imports/values';

describe('typed values', () => {
  it('keeps a date at the precision it is written, dropping a time of day', () => {
    expect(timePointOf('2016')).toEqual({ date: '2016', precision: 'year' });
    expect(timePointOf('2016-04')).toEqual({ date: '2016-04', precision: 'month' });
    expect(timePointOf('2011-12-29T10:30:00Z')).toEqual({ date: '2011-12-29', precision: 'day' });
    expect(timePointOf('2016-02-30')).toContain('is not a date');
    expect(timePointOf('29/12/2011')).toContain('is not a date');
  });

  it('converts numbers and booleans, and says why text is not one', () => {
    expect(scalarOf('42', 'int')).toBe(42);
    expect(scalarOf('-3.5', 'double')).toBe(-3.5);
    expect(scalarOf('TRUE', 'boolean')).toBe(true);
    expect(String(scalarOf('4.2', 'int'))).toContain('not a whole number');
    expect(String(scalarOf('abc', 'float'))).toContain('not a number');
    expect(String(scalarOf('yes', 'boolean'))).toContain('not true or false');
    expect(String(scalarOf('2016-13', 'date'))).toContain('not a date');
  });

  it('splits arrays on ; and leaves empty cells out', () => {
    expect(cellValue('a;b;c', 'string', true)).toEqual(['a', 'b', 'c']);
    expect(cellValue('1;2', 'int', true)).toEqual(['1', '2']);
    expect(cellValue('1;x', 'int', true)).toBeInstanceOf(Error);
    expect(cellValue('', 'int', false)).toBeUndefined();
  });
});

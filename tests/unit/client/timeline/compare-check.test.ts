import { describe, expect, it } from 'vitest';
import { compareProblem } from '../../../../client/src/timeline/compare-check';

const day = (value: string, partial = false) => ({ value, partial });

describe('compareProblem', () => {
  it('passes two days in order (the same day too)', () => {
    expect(compareProblem(day('2016-04-01'), day('2016-05-01'))).toBeUndefined();
    expect(compareProblem(day('2016-04-01'), day('2016-04-01'))).toBeUndefined();
  });
  it('says which day is missing', () => {
    expect(compareProblem(day(''), day(''))).toMatch(/Pick two days/);
    expect(compareProblem(day(''), day('2016-05-01'))).toMatch(/first day/);
    expect(compareProblem(day('2016-05-01'), day(''))).toMatch(/last day/);
  });
  it('says the days are swapped, naming them', () => {
    expect(compareProblem(day('2016-05-01'), day('2016-04-01'))).toBe(
      'The first day (2016-05-01) is after the last (2016-04-01): swap them.',
    );
  });
  it('says a partly typed date is not a whole date', () => {
    expect(compareProblem(day('', true), day('2016-05-01'))).toMatch(/not a whole date/);
  });
});

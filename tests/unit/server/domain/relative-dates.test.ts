import { describe, expect, it } from 'vitest';
import { resolveRelative } from '../../../../server/domain/relative-dates';

describe('resolveRelative', () => {
  it('resolves "last Wednesday" against a known publication day', () => {
    // Published Monday 9 May 2016: last Wednesday is 4 May.
    expect(resolveRelative('last Wednesday', '2016-05-09')).toEqual({
      date: '2016-05-04',
      precision: 'day',
      wording: 'last Wednesday',
    });
    // Published on a Wednesday: the one a week before.
    expect(resolveRelative('last Wednesday', '2016-05-11')?.date).toBe('2016-05-04');
  });

  it('keeps "last Wednesday" approximate when only the publication month is known', () => {
    expect(resolveRelative('last Wednesday', '2016-05')).toEqual({
      date: '2016-05',
      precision: 'approximate',
      earliest: '2016-04-27',
      latest: '2016-05-25',
      wording: 'last Wednesday',
    });
  });

  it('reads "mid-April", "early May" and "late February" as parts of a month', () => {
    expect(resolveRelative('mid-April', '2016-05')).toMatchObject({
      date: '2016-04',
      precision: 'approximate',
      earliest: '2016-04-11',
      latest: '2016-04-20',
    });
    expect(resolveRelative('early May', '2016-05')).toMatchObject({
      earliest: '2016-05-01',
      latest: '2016-05-10',
    });
    expect(resolveRelative('late February', '2016-05')).toMatchObject({ latest: '2016-02-29' });
  });

  it('reads "in April" in the publication year, or the year before when April lies ahead', () => {
    expect(resolveRelative('in April', '2016-05')).toEqual({
      date: '2016-04',
      precision: 'month',
      wording: 'in April',
    });
    expect(resolveRelative('in December', '2016-05')?.date).toBe('2015-12');
    expect(resolveRelative('in 2014', '2016-05')).toEqual({
      date: '2014',
      precision: 'year',
      wording: 'in 2014',
    });
  });

  it('refuses to guess wording it does not know', () => {
    expect(resolveRelative('ultimately', '2016-05')).toBeNull();
    expect(() => resolveRelative('in April', 'May 2016')).toThrow(RangeError);
  });

  it('agrees with the dates the article file states', () => {
    expect(resolveRelative('in April', '2016-05')?.date).toBe('2016-04');
    expect(resolveRelative('mid-April', '2016-05')).toMatchObject({
      earliest: '2016-04-11',
      latest: '2016-04-20',
    });
  });
});

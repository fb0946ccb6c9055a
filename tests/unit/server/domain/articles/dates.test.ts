import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../server/domain/articles/dates';

const dates = (text: string, published: string) =>
  findDates(text, published).map((d) => ({
    text: d.text,
    ...d.time,
    wording: undefined,
    note: undefined,
  }));

describe('findDates', () => {
  it('parses explicit dates at the precision written, keeping the wording', () => {
    const [a, b] = findDates('It closed on 14 February 2019 after talks in October 2018.', '2019');
    expect(a?.time).toEqual({
      date: '2019-02-14',
      precision: 'day',
      wording: 'on 14 February 2019',
    });
    expect(b?.time).toEqual({ date: '2018-10', precision: 'month', wording: 'October 2018' });
  });

  it('puts a date without a year in the past of the publication', () => {
    expect(findDates('It happened on December 12.', '2016-05-10')[0]?.time.date).toBe('2015-12-12');
    expect(findDates('It happened on March 3.', '2016-05-10')[0]?.time.date).toBe('2016-03-03');
  });

  it('resolves every relative form of the evaluation set', () => {
    // Published Thursday 14 March 2019.
    const day = '2019-03-14';
    const one = (text: string, published = day) => dates(text, published)[0];
    expect(one('last Tuesday')).toMatchObject({ date: '2019-03-12', precision: 'day' });
    expect(one('on Monday')).toMatchObject({ date: '2019-03-11', precision: 'day' });
    expect(one('on Thursday')).toMatchObject({ date: '2019-03-14', precision: 'day' });
    expect(one('yesterday')).toMatchObject({ date: '2019-03-13', precision: 'day' });
    expect(one('this week')).toMatchObject({
      precision: 'approximate',
      earliest: '2019-03-11',
      latest: '2019-03-14',
    });
    expect(one('last week')).toMatchObject({ earliest: '2019-03-04', latest: '2019-03-10' });
    expect(one('last month')).toMatchObject({ date: '2019-02', precision: 'month' });
    expect(one('last year')).toMatchObject({ date: '2018', precision: 'year' });
    expect(one('in 2014')).toMatchObject({ date: '2014', precision: 'year' });
    expect(one('since 2012')).toMatchObject({ date: '2012', precision: 'year' });
    expect(one('in January')).toMatchObject({ date: '2019-01', precision: 'month' });
    expect(one('in October')).toMatchObject({ date: '2018-10', precision: 'month' });
    expect(one('mid-March')).toMatchObject({ earliest: '2019-03-11', latest: '2019-03-20' });
    expect(one('late November')).toMatchObject({ earliest: '2018-11-21', latest: '2018-11-30' });
    expect(one('early 2017')).toMatchObject({
      date: '2017',
      earliest: '2017-01-01',
      latest: '2017-04-30',
    });
    expect(one('mid-2018')).toMatchObject({ earliest: '2018-05-01', latest: '2018-08-31' });
    expect(one('earlier this month', '2021-11')).toMatchObject({
      date: '2021-11',
      earliest: '2021-11-01',
      latest: '2021-11-30',
    });
    expect(one('earlier this year')).toMatchObject({
      earliest: '2019-01-01',
      latest: '2019-03-14',
    });
  });

  it('reads "at the time" and "a week earlier" from the date stated before', () => {
    const found = dates('In 2014 they met. At the time, it was new.', '2016-05');
    expect(found[1]).toMatchObject({ text: 'At the time', date: '2014', precision: 'year' });
    const week = dates('They sued on 14 February 2019. A week earlier, they talked.', '2019');
    expect(week[1]).toMatchObject({ text: 'A week earlier', date: '2019-02-07', precision: 'day' });
  });

  it('leaves out wording the publication date is too coarse for', () => {
    expect(findDates('It happened yesterday.', '2016-05')).toEqual([]);
    expect(findDates('It happened last month.', '2016')).toEqual([]);
  });
});

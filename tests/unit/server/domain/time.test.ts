import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  compareTimePoints,
  isIsoDay,
  mayCoincide,
  rangeOfDate,
  stateOn,
  writtenPrecision,
  type TimePoint,
} from '../../../../server/domain/time';

const midApril: TimePoint = {
  date: '2016-04',
  precision: 'approximate',
  earliest: '2016-04-11',
  latest: '2016-04-20',
  wording: 'mid-April',
};

describe('dates with precision', () => {
  it('tells the precision a date is written at, and refuses non-dates', () => {
    expect(writtenPrecision('2016-04-13')).toBe('day');
    expect(writtenPrecision('2016-04')).toBe('month');
    expect(writtenPrecision('2014')).toBe('year');
    expect(writtenPrecision('2016-13')).toBeNull();
    expect(writtenPrecision('2016-02-30')).toBeNull();
    expect(writtenPrecision('13/04/2016')).toBeNull();
    expect(writtenPrecision('mid-April')).toBeNull();
  });

  it('knows real calendar days, leap years included', () => {
    expect(isIsoDay('2016-02-29')).toBe(true);
    expect(isIsoDay('2015-02-29')).toBe(false);
    expect(isIsoDay('2016-4-1')).toBe(false);
  });

  it('gives the days a month or year covers, not its first day', () => {
    expect(rangeOfDate('2016-04')).toEqual({ earliest: '2016-04-01', latest: '2016-04-30' });
    expect(rangeOfDate('2016-02')).toEqual({ earliest: '2016-02-01', latest: '2016-02-29' });
    expect(rangeOfDate('2014')).toEqual({ earliest: '2014-01-01', latest: '2014-12-31' });
    expect(() => rangeOfDate('April')).toThrow(RangeError);
  });

  it('uses explicit bounds for approximate times', () => {
    expect(boundsOf(midApril)).toEqual({ earliest: '2016-04-11', latest: '2016-04-20' });
  });

  it('orders by what is known: a year before the days inside it that follow its start', () => {
    const year: TimePoint = { date: '2016', precision: 'year' };
    const day: TimePoint = { date: '2016-04-13', precision: 'day' };
    const points = [day, midApril, year].sort(compareTimePoints);
    expect(points).toEqual([year, midApril, day]);
  });

  it('says when two times may be the same day', () => {
    expect(mayCoincide(midApril, { date: '2016-04-13', precision: 'day' })).toBe(true);
    expect(mayCoincide(midApril, { date: '2016-04-21', precision: 'day' })).toBe(false);
  });
});

describe('stateOn', () => {
  const day = (date: string): TimePoint => ({ date, precision: 'day' });

  it('is active between a known start and end, ended on the end day', () => {
    const time = { start: day('2016-04-13'), end: day('2016-05-13') };
    expect(stateOn(time, '2016-04-12')).toBe('not-started');
    expect(stateOn(time, '2016-04-13')).toBe('active');
    expect(stateOn(time, '2016-05-12')).toBe('active');
    expect(stateOn(time, '2016-05-13')).toBe('ended');
  });

  it('is uncertain before a known end when the start is unknown, never active since year 1', () => {
    const time = { end: day('2016-05-04') };
    expect(stateOn(time, '0001-01-01')).toBe('uncertain');
    expect(stateOn(time, '1999-01-01')).toBe('uncertain');
    expect(stateOn(time, '2016-05-03')).toBe('uncertain');
    expect(stateOn(time, '2016-05-04')).toBe('ended');
  });

  it('is active after a known start when the end is unknown, and without time', () => {
    expect(stateOn({ start: day('2016-05-04') }, '2030-01-01')).toBe('active');
    expect(stateOn({ start: day('2016-05-04') }, '2016-05-03')).toBe('not-started');
    expect(stateOn({}, '1999-01-01')).toBe('active');
  });

  it('is uncertain inside an imprecise boundary', () => {
    const time = {
      start: day('2015-01-01'),
      end: { date: '2016-04', precision: 'month' as const },
    };
    expect(stateOn(time, '2016-03-31')).toBe('active');
    expect(stateOn({ end: { date: '2016-04', precision: 'month' as const } }, '2016-03-31')).toBe(
      'uncertain',
    );
    expect(stateOn(time, '2016-04-15')).toBe('uncertain');
    expect(stateOn(time, '2016-05-01')).toBe('ended');
    expect(stateOn({ start: midApril }, '2016-04-15')).toBe('uncertain');
  });
});

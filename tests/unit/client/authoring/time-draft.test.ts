// A time point from the fact form: as precise as the source, the wording kept.
import { describe, expect, it } from 'vitest';
import { EMPTY_POINT, pointOf } from '../../../../client/src/authoring/time-draft';

describe('pointOf', () => {
  it('keeps "mid-June" as wording of a month-precise date', () => {
    const made = pointOf({ ...EMPTY_POINT, date: '2016-06', wording: 'mid-June' }, 'time.at');
    expect(made).toEqual({
      point: { date: '2016-06', precision: 'month', wording: 'mid-June' },
      missing: [],
    });
  });

  it('cuts a day to the month chosen, and refuses a year given at day precision', () => {
    expect(pointOf({ ...EMPTY_POINT, date: '2016-06-15', precision: 'month' }, 't').point).toEqual({
      date: '2016-06',
      precision: 'month',
    });
    expect(pointOf({ ...EMPTY_POINT, date: '2016', precision: 'day' }, 't').missing).toEqual([
      { path: 't.date', message: 'A date at day precision needs the day' },
    ]);
  });

  it('gives no point for empty fields, and names the date a lone wording lacks', () => {
    expect(pointOf(EMPTY_POINT, 'time.at')).toEqual({ missing: [] });
    expect(pointOf({ ...EMPTY_POINT, wording: 'mid-June' }, 'time.at').missing[0]?.path).toBe(
      'time.at.date',
    );
  });

  it('needs both bounds of an approximate date, the first before the last', () => {
    const draft = { ...EMPTY_POINT, date: '2016-06', precision: 'approximate' as const };
    expect(pointOf(draft, 'p').missing.map((m) => m.path)).toEqual(['p.earliest', 'p.latest']);
    expect(
      pointOf({ ...draft, earliest: '2016-06-20', latest: '2016-06-10' }, 'p').missing,
    ).toEqual([{ path: 'p.latest', message: 'The last possible day comes before the first' }]);
    expect(pointOf({ ...draft, earliest: '2016-06-10', latest: '2016-06-20' }, 'p').point).toEqual({
      date: '2016-06',
      precision: 'approximate',
      earliest: '2016-06-10',
      latest: '2016-06-20',
    });
  });
});

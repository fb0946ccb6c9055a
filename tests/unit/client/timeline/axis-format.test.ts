import { describe, expect, it } from 'vitest';
import { tickLabeller } from '../../../../client/src/timeline/axis-format';

const d = (s: string): Date => new Date(`${s}T00:00:00Z`);

describe('tickLabeller', () => {
  it('labels yearly ticks by year', () => {
    const ticks = [d('2014-01-01'), d('2015-01-01'), d('2016-01-01')];
    expect(ticks.map(tickLabeller(ticks))).toEqual(['2014', '2015', '2016']);
  });
  it('labels monthly ticks with month and year, so no two alike', () => {
    const ticks = [d('2015-10-01'), d('2016-01-01'), d('2016-04-01')];
    expect(ticks.map(tickLabeller(ticks))).toEqual(['Oct 2015', 'Jan 2016', 'Apr 2016']);
  });
  it('labels daily ticks with day, month and year', () => {
    const ticks = [d('2016-04-11'), d('2016-04-13'), d('2016-04-15')];
    expect(ticks.map(tickLabeller(ticks))).toEqual(['11 Apr 2016', '13 Apr 2016', '15 Apr 2016']);
  });
});

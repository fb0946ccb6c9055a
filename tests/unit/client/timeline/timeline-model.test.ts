import { describe, expect, it } from 'vitest';
import { timelineModel } from '../../../../client/src/timeline/timeline-model';
import type { TimelineEvent } from '../../../../server/domain/api';
import type { TimePoint } from '../../../../server/domain/time';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';

/** The built-in fact types only (no import in these tests). */
const BUILT_IN = new FactTypeRegistry();

function event(
  id: string,
  subject: string,
  time: TimePoint,
  earliest: string,
  latest: string,
): TimelineEvent {
  return {
    id,
    fact: id,
    role: 'at',
    type: 'LEFT',
    subject,
    object: 'iacc',
    time,
    earliest,
    latest,
    when: 'w',
    sentence: `${subject} left.`,
    sources: [],
  };
}

describe('timelineModel', () => {
  const model = timelineModel(
    [
      event(
        'a',
        'alibaba',
        {
          date: '2016-04',
          precision: 'approximate',
          earliest: '2016-04-11',
          latest: '2016-04-20',
          wording: 'mid-April',
        },
        '2016-04-11',
        '2016-04-20',
      ),
      event(
        'b',
        'michael-kors',
        { date: '2016-04', precision: 'month', wording: 'in April' },
        '2016-04-01',
        '2016-04-30',
      ),
      event(
        'c',
        'michael-kors',
        { date: '2016-04-21', precision: 'day' },
        '2016-04-21',
        '2016-04-21',
      ),
    ],
    { alibaba: 'Alibaba Group', 'michael-kors': 'Michael Kors' },
    BUILT_IN,
  );

  it('draws exact days as points and vaguer times as spans, approximate ones marked', () => {
    expect(model.items.map((i) => [i.id, i.shape, i.approximate, i.start, i.end])).toEqual([
      ['a', 'span', true, '2016-04-11', '2016-04-20'],
      ['b', 'span', false, '2016-04-01', '2016-04-30'],
      ['c', 'point', false, '2016-04-21', '2016-04-21'],
    ]);
  });

  it('keeps the source wording in the tooltip next to the resolved dates', () => {
    expect(model.items[0]?.tooltip).toContain('the source says "mid-April"');
    expect(model.items[0]?.tooltip).toContain('2016-04-11 to 2016-04-20');
  });

  it('puts each entity in its own lane, in order of first appearance, and spans the extent', () => {
    expect(model.lanes).toEqual([
      { id: 'alibaba', name: 'Alibaba Group' },
      { id: 'michael-kors', name: 'Michael Kors' },
    ]);
    expect(model.items.map((i) => i.lane)).toEqual([0, 1, 1]);
    expect(model.extent).toEqual(['2016-04-01', '2016-04-30']);
  });
});

describe('timeline lanes and disagreements', () => {
  it('can lay lanes out by fact type and marks disputed facts', () => {
    const m = timelineModel(
      [
        {
          id: 'x',
          fact: 'x',
          role: 'at',
          type: 'SPENT_ON',
          subject: 'alibaba',
          object: 'counterfeiting',
          time: { date: '2014', precision: 'year' },
          earliest: '2014-01-01',
          latest: '2014-12-31',
          when: '2014',
          sentence: 's',
          sources: [],
        },
      ],
      {},
      BUILT_IN,
      'type',
      new Set(['x']),
    );
    expect(m.lanes).toEqual([{ id: 'SPENT_ON', name: 'spent on' }]);
    expect(m.items[0]?.disputed).toBe(true);
    expect(m.items[0]?.tooltip).toContain('Sources disagree about this.');
  });
});

describe('a state with unknown start on the timeline', () => {
  const day = (date: string): TimePoint => ({ date, precision: 'day' });
  const ended = { ...event('mk', 'michael-kors', day('2016-04-21'), '2016-04-21', '2016-04-21') };
  const endOnly: TimelineEvent = { ...ended, id: 'mk:end', fact: 'mk', role: 'end' };
  const begun: TimelineEvent = { ...ended, id: 'g:start', fact: 'g', role: 'start' };
  const endOfBegun: TimelineEvent = { ...ended, id: 'g:end', fact: 'g', role: 'end' };

  it('marks the end as uncertain before it, and only when the start is not known', () => {
    const items = timelineModel([endOnly, begun, endOfBegun], {}, BUILT_IN).items;
    expect(items.map((i) => [i.id, i.openStart])).toEqual([
      ['mk:end', true],
      ['g:start', false],
      ['g:end', false],
    ]);
    expect(items[0]?.tooltip).toContain('Since when is not known: uncertain before this end.');
    expect(items[2]?.tooltip).not.toContain('not known');
  });
});

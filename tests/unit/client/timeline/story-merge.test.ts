// One story line per happening: a claim told twice, and a state's end with the event that ended it.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../server/domain/api';
import { leadOf, sameHappenings } from '../../../../client/src/timeline/story-merge';

const event = (id: string, role: 'at' | 'end', claim: string, date: string, precision: string) =>
  ({
    id,
    fact: id,
    role,
    type: role === 'at' ? 'LEFT' : 'MEMBER_OF',
    subject: 'kors',
    object: 'iacc',
    time: { date, precision },
    earliest: precision === 'day' ? date : `${date}-01`,
    latest: precision === 'day' ? date : `${date}-30`,
    when: date,
    sentence: id,
    claim,
    sources: [{ source: id }],
  }) as unknown as TimelineEvent;

describe('sameHappenings', () => {
  it('joins two sources of one claim and the state end the event made', () => {
    const groups = sameHappenings([
      event('a-left', 'at', 'kors-left', '2016-04', 'month'),
      event('a-member:end', 'end', 'kors-member', '2016-04', 'month'),
      event('o-left', 'at', 'kors-left', '2016-04-21', 'day'),
      event('o-member:end', 'end', 'kors-member', '2016-04-21', 'day'),
      event('other', 'at', 'gucci-left', '2016-05-04', 'day'),
    ]);
    expect(groups.map((g) => g.map((e) => e.id))).toEqual([
      ['a-left', 'a-member:end', 'o-left', 'o-member:end'],
      ['other'],
    ]);
    expect(leadOf(groups[0] ?? [])?.id).toBe('o-left');
  });
});

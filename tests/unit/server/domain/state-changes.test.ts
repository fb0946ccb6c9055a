// Which events begin or end a state: dated as its boundary, between the same two entities.
import { describe, expect, it } from 'vitest';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';
import type { GraphEdge } from '../../../../server/domain/model';
import { changedStates } from '../../../../server/domain/state-changes';

const edge = (
  key: string,
  type: string,
  source: string,
  target: string,
  time: object,
): GraphEdge => ({
  key,
  source,
  target,
  attributes: { type, time, attributes: {}, sources: [] },
});
const month = { date: '2016-04', precision: 'month' };

describe('changedStates', () => {
  it('pairs "left in April" with "member until April", not with other pairs or dates', () => {
    const changes = changedStates(
      [
        edge('member', 'MEMBER_OF', 'kors', 'iacc', { end: month }),
        edge('left', 'LEFT', 'kors', 'iacc', { at: month }),
        edge('left-later', 'LEFT', 'kors', 'iacc', {
          at: { date: '2016-04-21', precision: 'day' },
        }),
        edge('gucci-left', 'LEFT', 'gucci', 'iacc', { at: month }),
      ],
      new FactTypeRegistry(),
    );
    expect([...changes]).toEqual([['left', 'member']]);
  });
});

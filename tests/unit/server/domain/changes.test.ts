import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../../../server/domain/changes';
import type { GraphEdge } from '../../../../server/domain/model';
import type { FactTime } from '../../../../server/domain/time';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';

/** The built-in fact types only (no import in these tests). */
const BUILT_IN = new FactTypeRegistry();

function fact(
  key: string,
  type: GraphEdge['attributes']['type'],
  time: FactTime,
  claim?: string,
): GraphEdge {
  return {
    key,
    source: 'a',
    target: 'b',
    attributes: {
      type,
      time,
      attributes: {},
      sources: [{ source: 's' }],
      ...(claim ? { claim } : {}),
    },
  };
}

describe('changesBetween', () => {
  const edges = [
    fact(
      'm1',
      'MEMBER_OF',
      {
        start: {
          date: '2016-04',
          precision: 'approximate',
          earliest: '2016-04-11',
          latest: '2016-04-20',
        },
      },
      'm',
    ),
    fact(
      'm2',
      'MEMBER_OF',
      {
        start: { date: '2016-04-13', precision: 'day' },
        end: { date: '2016-05-13', precision: 'day' },
      },
      'm',
    ),
    fact('k1', 'MEMBER_OF', { end: { date: '2016-04', precision: 'month' } }),
    fact('old', 'OWNS', { start: { date: '2014', precision: 'year' } }),
    fact('ev', 'LEFT', { at: { date: '2016-04-21', precision: 'day' } }),
  ];

  it('lists states that began or ended in the range, claims combined, events left out', () => {
    // An end "in April" may be 1 April, when the state on 1 April would already be over:
    // from 31 March it is surely a change in range, from 1 April only possibly.
    const k1 = changesBetween(edges, '2016-04-01', '2016-05-15', BUILT_IN).find(
      (c) => c.claim === 'k1',
    );
    expect(k1?.certain).toBe(false);
    const changes = changesBetween(edges, '2016-03-31', '2016-05-15', BUILT_IN);
    expect(
      changes.map((c) => `${c.claim} ${c.change} ${c.time.date} ${String(c.certain)}`),
    ).toEqual(['k1 ended 2016-04 true', 'm began 2016-04-13 true', 'm ended 2016-05-13 true']);
  });

  it('marks a boundary that straddles the range as uncertain', () => {
    const changes = changesBetween(edges, '2016-04-15', '2016-05-01', BUILT_IN);
    expect(changes.map((c) => `${c.claim} ${c.change} ${String(c.certain)}`)).toEqual([
      'k1 ended false',
    ]);
  });
});

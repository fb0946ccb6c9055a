import { describe, expect, it } from 'vitest';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';
import type { GraphEdge } from '../../../../server/domain/model';
import { activeOn, combineTimes, statesOn, uncertainOn } from '../../../../server/domain/snapshot';
import type { FactTime } from '../../../../server/domain/time';

/** The built-in fact types only (no import in these tests). */
const BUILT_IN = new FactTypeRegistry();

function member(key: string, subject: string, time: FactTime, claim?: string): GraphEdge {
  return {
    key,
    source: subject,
    target: 'iacc',
    attributes: {
      type: 'MEMBER_OF',
      time,
      attributes: {},
      sources: [{ source: 's' }],
      ...(claim ? { claim } : {}),
    },
  };
}

describe('combineTimes', () => {
  it('fills a boundary one claim leaves unknown and prefers the sharper one', () => {
    const combined = combineTimes([
      {
        start: {
          date: '2016-04',
          precision: 'approximate',
          earliest: '2016-04-11',
          latest: '2016-04-20',
        },
      },
      {
        start: { date: '2016-04-13', precision: 'day' },
        end: { date: '2016-05-13', precision: 'day' },
      },
    ]);
    expect(combined.start?.date).toBe('2016-04-13');
    expect(combined.end?.date).toBe('2016-05-13');
  });
});

describe('activeOn', () => {
  const edges = [
    member('a1', 'michael-kors', { end: { date: '2016-04', precision: 'month' } }, 'mk'),
    member('o1', 'michael-kors', { end: { date: '2016-04-21', precision: 'day' } }, 'mk'),
    member(
      'a2',
      'alibaba',
      {
        start: {
          date: '2016-04',
          precision: 'approximate',
          earliest: '2016-04-11',
          latest: '2016-04-20',
        },
      },
      'ali',
    ),
    member(
      'o2',
      'alibaba',
      {
        start: { date: '2016-04-13', precision: 'day' },
        end: { date: '2016-05-13', precision: 'day' },
      },
      'ali',
    ),
    member('x', 'gucci', {}),
  ];
  const who = (day: string): string[] =>
    activeOn(edges, day, BUILT_IN)
      .map((s) => s.edges[0]?.source ?? '')
      .sort();

  it('uses the precise source where the vague one is uncertain', () => {
    expect(who('2016-04-15')).toEqual(['alibaba', 'gucci']);
  });

  it('lists a state with unknown start and known end as uncertain before its end', () => {
    const mk = (day: string): string | undefined =>
      statesOn(edges, day, BUILT_IN).find((s) => s.claim === 'mk')?.state;
    expect(mk('1200-01-01')).toBe('uncertain');
    expect(mk('2016-04-15')).toBe('uncertain');
    expect(mk('2016-04-20')).toBe('uncertain');
    expect(mk('2016-04-21')).toBe('ended');
  });

  it('ends a state that one claim leaves open when another claim ends it', () => {
    expect(who('2016-05-10')).toEqual(['alibaba', 'gucci']);
    expect(who('2016-05-14')).toEqual(['gucci']);
  });
});

describe('uncertainOn', () => {
  it('lists the facts of a state with unknown start before its end, and none after', () => {
    const edges = [
      member('mk', 'michael-kors', { end: { date: '2016-04-21', precision: 'day' } }),
      member('g', 'gucci', { start: { date: '2012', precision: 'year' } }),
    ];
    expect([...uncertainOn(edges, '1900-01-01', BUILT_IN)]).toEqual(['mk']);
    expect([...uncertainOn(edges, '2016-04-20', BUILT_IN)]).toEqual(['mk']);
    expect([...uncertainOn(edges, '2016-04-21', BUILT_IN)]).toEqual([]);
  });
});

describe('ranks', () => {
  const ranked = (edge: GraphEdge, rank: 'preferred' | 'normal' | 'deprecated'): GraphEdge => ({
    ...edge,
    attributes: { ...edge.attributes, rank },
  });
  const ended = { end: { date: '2016-04-21', precision: 'day' } } as const;
  const open = { start: { date: '2012', precision: 'year' } } as const;

  it('does not count a deprecated claim: a state only it supports is left out', () => {
    const edges = [ranked(member('old', 'gucci', open), 'deprecated')];
    expect(statesOn(edges, '2016-06-01', BUILT_IN)).toEqual([]);
  });

  it('counts only the preferred claims of a claim group that has one', () => {
    const edges = [
      member('n', 'michael-kors', open, 'mk'),
      ranked(member('p', 'michael-kors', { ...open, ...ended }, 'mk'), 'preferred'),
    ];
    const [state] = statesOn(edges, '2016-06-01', BUILT_IN);
    expect(state?.edges.map((e) => e.key)).toEqual(['p']);
    expect(state?.state).toBe('ended');
    // Without the preference both claims combine, and the end still comes from the one that knows it.
    expect(statesOn([edges[0] as GraphEdge], '2016-06-01', BUILT_IN)[0]?.state).toBe('active');
  });
});

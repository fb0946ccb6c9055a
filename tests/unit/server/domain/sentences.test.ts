import { describe, expect, it } from 'vitest';
import { describePoint, describeTime, factSentence } from '../../../../server/domain/sentences';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';

/** The built-in fact types only (no import in these tests). */
const BUILT_IN = new FactTypeRegistry();

describe('sentences', () => {
  it('says a time at its own precision, never more', () => {
    expect(describePoint({ date: '2015-05-15', precision: 'day' })).toBe('15 May 2015');
    expect(describePoint({ date: '2016-04', precision: 'month' })).toBe('April 2016');
    expect(describePoint({ date: '2014', precision: 'year' })).toBe('2014');
    expect(
      describePoint({
        date: '2016-04',
        precision: 'approximate',
        earliest: '2016-04-11',
        latest: '2016-04-20',
      }),
    ).toBe('between 11 and 20 April 2016');
  });

  it('places events and states in time', () => {
    expect(describeTime({ at: { date: '2016-04', precision: 'month' } })).toBe('in April 2016');
    expect(describeTime({ at: { date: '2016-05-04', precision: 'day' } })).toBe('on 4 May 2016');
    expect(
      describeTime({
        start: { date: '2015-05-15', precision: 'day' },
        end: { date: '2017-08-03', precision: 'day' },
      }),
    ).toBe('from 15 May 2015 to 3 August 2017');
    expect(describeTime({ end: { date: '2016-04', precision: 'month' } })).toBe('until April 2016');
  });

  it('builds a sentence with names', () => {
    const names: Record<string, string> = { kering: 'Kering', alibaba: 'Alibaba Group' };
    expect(
      factSentence(
        {
          type: 'SUED',
          subject: 'kering',
          object: 'alibaba',
          time: { start: { date: '2015-05', precision: 'month' } },
        },
        (id) => names[id] ?? id,
        BUILT_IN,
      ),
    ).toBe('Kering sued Alibaba Group from May 2015.');
  });
});

describe('sentences about unusual facts', () => {
  const names: Record<string, string> = { acme: 'Acme', evil: '\u202EEvil Corp' };
  const nameOf = (id: string): string => names[id] ?? id;

  it('reads a self-relation naturally', () => {
    expect(
      factSentence(
        {
          type: 'OWNS',
          subject: 'acme',
          object: 'acme',
          time: { start: { date: '2019', precision: 'year' } },
        },
        nameOf,
        BUILT_IN,
      ),
    ).toBe('Acme owns itself from 2019.');
  });

  it('isolates a name holding a right-to-left override, so the date after it reads as written', () => {
    const sentence = factSentence(
      {
        type: 'OWNS',
        subject: 'evil',
        object: 'acme',
        time: { start: { date: '2015', precision: 'year' } },
      },
      nameOf,
      BUILT_IN,
    );
    expect(sentence).toBe('\u2068\u202EEvil Corp\u2069 owns Acme from 2015.');
  });
});

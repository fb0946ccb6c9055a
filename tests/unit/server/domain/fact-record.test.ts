import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../server/domain/model';
import {
  DATE_KEYS,
  factFromProperties,
  factToProperties,
} from '../../../../server/domain/fact-record';

const fact: Fact = {
  id: 'a-alibaba-member-of-iacc',
  type: 'MEMBER_OF',
  subject: 'alibaba',
  object: 'iacc',
  claim: 'alibaba-member-of-iacc',
  time: {
    start: {
      date: '2016-04',
      precision: 'approximate',
      earliest: '2016-04-11',
      latest: '2016-04-20',
      wording: 'mid-April',
    },
    end: { date: '2016-05-13', precision: 'day' },
  },
  attributes: { category: 'General Member', votingRights: false, coPlaintiffs: ['Gucci America'] },
  sources: [
    { source: 'a', quote: { text: 'constructive dialogue', speaker: 'kering' } },
    { source: 'b', via: 'associated-press' },
  ],
};

describe('fact records', () => {
  it('stores time bounds as days that range queries can compare', () => {
    const props = factToProperties(fact, 'data/article.json');
    expect(props).toMatchObject({
      startDate: '2016-04',
      startPrecision: 'approximate',
      startEarliest: '2016-04-11',
      startLatest: '2016-04-20',
      startWording: 'mid-April',
      endEarliest: '2016-05-13',
      endLatest: '2016-05-13',
      sourceIds: ['a', 'b'],
      votingRights: false,
      file: 'data/article.json',
    });
    expect(Object.values(props)).not.toContain(null);
    expect(props).not.toHaveProperty('atDate');
  });

  it('reads back exactly the fact it stored', () => {
    const props = factToProperties(fact, 'f.json');
    expect(factFromProperties('MEMBER_OF', 'alibaba', 'iacc', props)).toEqual(fact);
  });

  it('stores citations also as parallel lists, empty text where a citation has no value', () => {
    expect(factToProperties(fact, 'f')).toMatchObject({
      citationSources: ['a', 'b'],
      citationQuotes: ['constructive dialogue', ''],
      citationSpeakers: ['kering', ''],
      citationVia: ['', 'associated-press'],
      citationNotes: ['', ''],
    });
  });

  it('reads citations from the lists when a fact has no JSON citations (Cypher wrote it)', () => {
    const props: Record<string, unknown> = { ...factToProperties(fact, 'f') };
    delete props.citations;
    expect(factFromProperties('MEMBER_OF', 'alibaba', 'iacc', props).sources).toEqual(fact.sources);
  });

  it('names the bounds stored as DATE values', () => {
    expect(DATE_KEYS).toEqual([
      'atEarliest',
      'atLatest',
      'startEarliest',
      'startLatest',
      'endEarliest',
      'endLatest',
    ]);
  });

  it('keeps month precision as written, never as the first of the month', () => {
    const monthly: Fact = { ...fact, time: { end: { date: '2016-04', precision: 'month' } } };
    const back = factFromProperties('MEMBER_OF', 'x', 'y', factToProperties(monthly, 'f'));
    expect(back.time.end).toEqual({ date: '2016-04', precision: 'month' });
  });
});

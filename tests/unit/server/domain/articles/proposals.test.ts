import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../../../server/domain/articles/analyse';
import type { KnownEntity } from '../../../../../server/domain/articles/mentions';

const ENTITIES: KnownEntity[] = [
  { id: 'iacc', kind: 'Organization', name: 'IACC', aliases: [] },
  { id: 'kering', kind: 'Company', name: 'Kering', aliases: [] },
  { id: 'gucci', kind: 'Brand', name: 'Gucci', aliases: [] },
  { id: 'prada', kind: 'Brand', name: 'Prada', aliases: [] },
  { id: 'ebay', kind: 'Marketplace', name: 'eBay', aliases: [] },
  { id: 'alibaba', kind: 'Marketplace', name: 'Alibaba', aliases: [] },
  { id: 'dc', kind: 'Place', name: 'Washington', aliases: [] },
];
const facts = (text: string, published = '2016-05-11') =>
  analyseArticle({ text, published }, ENTITIES).proposals.map(
    (p) => `${p.subject} ${p.type} ${p.object}`,
  );

describe('proposal rules', () => {
  it('reads the subject before an active phrase and after a passive one', () => {
    expect(facts('Kering sued Alibaba.')).toEqual(['kering SUED alibaba']);
    expect(facts('Alibaba is being sued by Kering.')).toEqual(['kering SUED alibaba']);
    expect(facts('Gucci was acquired by Kering.')).toEqual(['kering OWNS gucci']);
    expect(facts('The Kering-owned Gucci grew.')).toEqual(['kering OWNS gucci']);
  });

  it('turns a refusal into the negative type and a denial into no fact', () => {
    expect(facts('eBay decided against joining the IACC.')).toEqual(['ebay DECLINED_TO_JOIN iacc']);
    expect(facts('eBay refused to join the IACC.')).toEqual(['ebay DECLINED_TO_JOIN iacc']);
    expect(facts('eBay has not joined the IACC.')).toEqual([]);
    expect(facts('Kering denied reports that it had sued Alibaba.')).toEqual([]);
    expect(facts('Gucci is not a member of the IACC.')).toEqual([]);
    expect(facts('Gucci declined to comment on the IACC.')).toEqual([]);
  });

  it('pairs lists, skips appositions and carries a subject across coordinated verbs', () => {
    expect(facts('Gucci and Prada left the IACC.')).toEqual(['gucci LEFT iacc', 'prada LEFT iacc']);
    expect(facts('Alibaba, a Washington favourite, joined the IACC.')).toEqual([
      'alibaba JOINED iacc',
    ]);
    expect(facts('Gucci is a member of the IACC and partnered with eBay.')).toEqual([
      'gucci MEMBER_OF iacc',
      'gucci PARTNERED_WITH ebay',
    ]);
  });

  it('resolves "the group" to the latest organisation and checks kinds', () => {
    expect(facts('The IACC met. Gucci quit the group.')).toEqual(['gucci LEFT iacc']);
    // A brand is no group to leave.
    expect(facts('Gucci left Kering.')).toEqual([]);
  });

  it('takes the nearest date of the sentence as the time, by the type shape', () => {
    const [left] = analyseArticle(
      { text: 'Gucci quit the IACC last Wednesday.', published: '2016-05-11' },
      ENTITIES,
    ).proposals;
    expect(left?.time).toEqual({
      at: { date: '2016-05-04', precision: 'day', wording: 'last Wednesday' },
    });
    const [sued] = analyseArticle(
      { text: 'Kering sued Alibaba in 2015.', published: '2016-05-11' },
      ENTITIES,
    ).proposals;
    expect(sued?.time.start).toMatchObject({ date: '2015', precision: 'year' });
  });

  it('quotes the sentence with exact offsets', () => {
    const text = 'Intro line.\n\nKering sued Alibaba. Then it rained.';
    const [p] = analyseArticle({ text, published: '2016' }, ENTITIES).proposals;
    expect(p?.evidence).toEqual({ start: 13, end: 33, text: 'Kering sued Alibaba.' });
    expect(text.slice(p?.evidence.start, p?.evidence.end)).toBe(p?.evidence.text);
  });
});

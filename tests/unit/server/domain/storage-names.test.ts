import { describe, expect, it } from 'vitest';
import {
  OWN_KEYS,
  factFromProperties,
  factToProperties,
} from '../../../../server/domain/fact-record';
import {
  ENTITY_OWN_KEYS,
  attributeNameOf,
  storedAttributeName,
  userAttributes,
} from '../../../../server/domain/storage-names';

describe('storage names apart from user attributes (issue 13)', () => {
  it('keeps plain names, prefixes clashing ones and ones that start with the prefix', () => {
    expect(storedAttributeName('amount', OWN_KEYS)).toBe('amount');
    expect(storedAttributeName('claim', OWN_KEYS)).toBe('attr_claim');
    expect(storedAttributeName('atDate', OWN_KEYS)).toBe('attr_atDate');
    expect(storedAttributeName('kind', ENTITY_OWN_KEYS)).toBe('attr_kind');
    expect(storedAttributeName('attr_x', ENTITY_OWN_KEYS)).toBe('attr_attr_x');
    for (const name of ['claim', 'attr_x', 'attr_attr_claim', 'amount', 'file']) {
      expect(attributeNameOf(storedAttributeName(name, OWN_KEYS))).toBe(name);
    }
  });

  it('reads user attributes back by their own names, without the product keys', () => {
    expect(
      userAttributes({ id: 'a', name: 'A', attr_kind: 'x', ftm_country: 'de' }, ENTITY_OWN_KEYS),
    ).toEqual({ kind: 'x', ftm_country: 'de' });
  });

  it('stores a fact attribute named like a product field without touching the field', () => {
    const props = factToProperties(
      {
        id: 'f',
        type: 'OWNS',
        subject: 'a',
        object: 'b',
        time: { start: { date: '2015', precision: 'year' } },
        attributes: { claim: 'theirs', startDate: '1999' },
        claim: 'ours',
        sources: [],
      },
      'x.json',
    );
    expect(props).toMatchObject({ claim: 'ours', attr_claim: 'theirs', startDate: '2015' });
    expect(props.attr_startDate).toBe('1999');
    const fact = factFromProperties('OWNS', 'a', 'b', props);
    expect(fact.attributes).toEqual({ claim: 'theirs', startDate: '1999' });
    expect(fact.claim).toBe('ours');
  });
});

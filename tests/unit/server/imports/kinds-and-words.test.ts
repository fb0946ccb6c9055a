import { describe, expect, it } from 'vitest';
import { factLabel, factVerb } from '../../../../server/imports/fact-words';
import { ftmKind, kindOfTypeNames } from '../../../../server/imports/kinds';

describe('entity kinds from source types', () => {
  it('maps Wikidata type names onto the fixed kinds', () => {
    expect(kindOfTypeNames(['human'])).toBe('Person');
    expect(kindOfTypeNames(['big city', 'city'])).toBe('Place');
    expect(kindOfTypeNames(['sovereign state'])).toBe('Place');
    expect(kindOfTypeNames(['business'])).toBe('Company');
    expect(kindOfTypeNames(['public university'])).toBe('Organization');
    expect(kindOfTypeNames(['political party'])).toBe('Organization');
    expect(kindOfTypeNames(['film'])).toBe('Other');
    expect(kindOfTypeNames([])).toBe('Other');
  });

  it('takes a label that is a kind as it is (CSV :LABEL)', () => {
    expect(kindOfTypeNames(['Brand'])).toBe('Brand');
    expect(kindOfTypeNames(['Organization'])).toBe('Organization');
    expect(kindOfTypeNames(['Organisation'])).toBe('Organization');
  });

  it('maps FollowTheMoney schemata', () => {
    expect(ftmKind('Person')).toBe('Person');
    expect(ftmKind('Company')).toBe('Company');
    expect(ftmKind('Organization')).toBe('Organization');
    expect(ftmKind('PublicBody')).toBe('Organization');
    expect(ftmKind('LegalEntity')).toBe('Other');
    expect(ftmKind('Address')).toBe('Place');
  });
});

describe('fact type words', () => {
  it('reads relation labels as verbs', () => {
    expect(factVerb(factLabel('Country of Citizenship'))).toBe('has country of citizenship');
    expect(factVerb('member of')).toBe('is member of');
    expect(factVerb('founded by')).toBe('is founded by');
    expect(factVerb('shares border with')).toBe('shares border with');
    expect(factLabel('  ')).toBe('related to');
  });
});

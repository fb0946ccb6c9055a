// The open fact-type vocabulary: built-in types, names made from free text, learned types.
import { describe, expect, it } from 'vitest';
import {
  canonicalKind,
  ENTITY_ID_PATTERN,
  FACT_TYPES,
  factTypeInfo,
  factTypeName,
  isFactType,
  knownFactTypes,
  learnFactTypes,
  stateFactTypes,
} from '../../../../server/domain/vocabulary';

describe('factTypeName', () => {
  it('turns a relation label into a relationship type name', () => {
    expect(factTypeName('country of citizenship')).toBe('COUNTRY_OF_CITIZENSHIP');
    expect(factTypeName('P27')).toBe('P27');
    expect(factTypeName('  member of sports team! ')).toBe('MEMBER_OF_SPORTS_TEAM');
    expect(factTypeName('Société générale')).toBe('SOCIETE_GENERALE');
  });

  it('never gives a name that fails the pattern', () => {
    for (const text of ['1st place', '', '***', 'a'.repeat(200), 'x`) DETACH DELETE n //']) {
      const name = factTypeName(text);
      expect(isFactType(name), `${text} -> ${name}`).toBe(true);
    }
    expect(factTypeName('1st place')).toBe('T_1ST_PLACE');
    expect(factTypeName('')).toBe('RELATED_TO');
  });
});

describe('isFactType', () => {
  it('accepts type names and refuses anything that could break out of a relationship type', () => {
    expect(isFactType('OWNS')).toBe(true);
    expect(isFactType('PARENT_ORGANIZATION')).toBe(true);
    for (const bad of ['owns', 'OWNS`', 'A B', '_X', '', 'X'.repeat(65), 'OWNS]->()']) {
      expect(isFactType(bad), bad).toBe(false);
    }
  });
});

describe('the learned vocabulary', () => {
  it('describes built-in types from the code and unknown ones from their names', () => {
    expect(factTypeInfo('OWNS')).toEqual(FACT_TYPES.OWNS);
    expect(factTypeInfo('HEADQUARTERS_LOCATION')).toEqual({
      shape: 'event',
      label: 'headquarters location',
      verb: 'headquarters location',
    });
  });

  it('learns registered types, lists them after the built-in ones, and knows their shape', () => {
    learnFactTypes([
      { name: 'PAID', label: 'payment', verb: 'paid', shape: 'event' },
      { name: 'DIRECTOR_OF', label: 'director of', verb: 'was a director of', shape: 'state' },
      // A built-in type cannot be redefined by an import.
      { name: 'OWNS', label: 'x', verb: 'x', shape: 'event' },
    ]);
    expect(factTypeInfo('PAID').verb).toBe('paid');
    expect(factTypeInfo('OWNS')).toEqual(FACT_TYPES.OWNS);
    const names = knownFactTypes().map((t) => t.name);
    expect(names.slice(0, Object.keys(FACT_TYPES).length)).toEqual(Object.keys(FACT_TYPES));
    expect(names.indexOf('DIRECTOR_OF')).toBeLessThan(names.indexOf('PAID'));
    expect(stateFactTypes()).toContain('DIRECTOR_OF');
    expect(stateFactTypes()).not.toContain('PAID');
  });
});

describe('ENTITY_ID_PATTERN', () => {
  it('takes the article ids, Wikidata ids and FtM ids, and nothing with spaces or quotes', () => {
    for (const id of ['kering', 'saint-laurent', 'Q42', 'ftm.a1b2', 'de-ltd:123_x']) {
      expect(ENTITY_ID_PATTERN.test(id), id).toBe(true);
    }
    for (const id of ['', '-x', 'a b', "o'brien", 'x"}', 'a/b']) {
      expect(ENTITY_ID_PATTERN.test(id), id).toBe(false);
    }
  });
});

describe('earlier kind names', () => {
  it('reads Organisation as Organization and leaves every other name as it is', () => {
    expect(canonicalKind('Organisation')).toBe('Organization');
    expect(canonicalKind('Organization')).toBe('Organization');
    expect(canonicalKind('Brand')).toBe('Brand');
    expect(canonicalKind('constructor')).toBe('constructor');
  });
});

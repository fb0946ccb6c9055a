// The open fact-type vocabulary: built-in types and names made from free text (learned types:
// fact-type-registry.test.ts).
import { describe, expect, it } from 'vitest';
import {
  canonicalKind,
  ENTITY_ID_PATTERN,
  factTypeName,
  isFactType,
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

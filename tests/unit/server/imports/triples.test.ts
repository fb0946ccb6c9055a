import { describe, expect, it } from 'vitest';
import { parseTriple, tripleEntity, tripleFactType } from '../../../../server/imports/triples';

const tables = {
  relations: new Map([['P27', 'country of citizenship']]),
  entityTypes: new Map([
    ['Q42', ['Q5']],
    ['Q145', ['Q3624078', 'Q6256']],
  ]),
  typeNames: new Map([
    ['Q5', 'human'],
    ['Q3624078', 'sovereign state'],
    ['Q6256', 'country'],
  ]),
};

describe('triples', () => {
  it('names fact types by the relation label and keeps the property id', () => {
    const item = parseTriple('Q42\tP27\tQ145', 7, 'train.txt', tables);
    expect(item).toMatchObject({
      kind: 'fact',
      line: 7,
      fact: {
        type: {
          name: 'COUNTRY_OF_CITIZENSHIP',
          label: 'country of citizenship',
          verb: 'has country of citizenship',
          shape: 'state',
        },
        subject: 'Q42',
        object: 'Q145',
        attributes: { property: 'P27' },
        needsEnds: false,
      },
    });
  });

  it('keeps an unnamed predicate as the type name', () => {
    expect(tripleFactType('P999', tables).name).toBe('P999');
  });

  it('gives entities their kind and types from the label files; the id is the name', () => {
    expect(tripleEntity('Q42', tables)).toMatchObject({
      id: 'Q42',
      name: 'Q42',
      kind: 'Person',
      sourceType: 'human',
      summary: 'human',
    });
    expect(tripleEntity('Q145', tables)).toMatchObject({
      kind: 'Place',
      sourceType: 'sovereign state',
    });
    expect(tripleEntity('Q1', tables)).toMatchObject({ kind: 'Other' });
    expect(tripleEntity('Q1', tables).sourceType).toBeUndefined();
  });

  it('makes a stable id for an id the API does not accept, keeping the original', () => {
    const entity = tripleEntity('http://example.org/x y', {});
    expect(entity.id).toMatch(/^x-[0-9a-f]{20}$/);
    expect(entity.originalId).toBe('http://example.org/x y');
    expect(tripleEntity('http://example.org/x y', {}).id).toBe(entity.id);
  });

  it('reports the field count and empty fields with line and column', () => {
    expect(parseTriple('Q1\tP2', 3, 'f.txt', {})).toMatchObject({
      kind: 'problem',
      problem: {
        file: 'f.txt',
        line: 3,
        column: 1,
        message: expect.stringContaining('found 2') as string,
      },
    });
    expect(parseTriple('Q1\t\tQ2', 4, 'f.txt', {})).toMatchObject({
      problem: { line: 4, column: 4, field: 'predicate', message: 'is empty' },
    });
    expect(parseTriple('   ', 6, 'f.txt', {})).toBeUndefined();
  });

  it('accepts a self-relation (an entity related to itself) as a fact like any other', () => {
    expect(parseTriple('Q1\tP2\tQ1', 5, 'f.txt', {})).toMatchObject({
      kind: 'fact',
      line: 5,
      fact: { subject: 'Q1', object: 'Q1' },
    });
  });
});

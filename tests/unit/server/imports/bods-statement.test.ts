// BODS statements told apart by version, checked with problems by JSON path, and read onto
// the importer's record (0.2/0.3 fields mapped onto 0.4's names).
import { describe, expect, it } from 'vitest';
import { jsonPath, readStatement, versionOf } from '../../../../server/imports/bods-statement';

const PUBLICATION = (version: unknown) => ({
  publicationDate: '2020-01-01',
  bodsVersion: version,
  publisher: { name: 'A register' },
});

const RELATIONSHIP_04 = {
  statementId: '9d167324c416bbfd37fe5c1a1b2afa95',
  statementDate: '2020-09-11',
  publicationDetails: PUBLICATION('0.4'),
  recordId: 'rel-1',
  recordType: 'relationship',
  declarationSubject: 'ent-1',
  recordDetails: {
    isComponent: false,
    subject: 'ent-1',
    interestedParty: { reason: 'noBeneficialOwners' },
    interests: [{ type: 'shareholding', share: { exclusiveMinimum: 25, maximum: 50 } }],
  },
};

describe('BODS versions', () => {
  it('are read from publicationDetails, else from the shape', () => {
    expect(versionOf(RELATIONSHIP_04, '$[0]')).toBe('0.4');
    expect(versionOf({ statementID: 'x', statementType: 'entityStatement' }, '$')).toBe('0.2');
    expect(versionOf({ recordId: 'r' }, '$')).toBe('0.4');
    expect(versionOf({ publicationDetails: PUBLICATION('0.3.0') }, '$')).toBe('0.3');
  });

  it('refuses versions it does not read, with the path of bodsVersion', () => {
    expect(versionOf({ publicationDetails: PUBLICATION('0.999') }, '$[2]')).toEqual({
      path: '$[2].publicationDetails.bodsVersion',
      message: '"0.999" is not a BODS version this importer reads (0.2, 0.3, 0.4)',
    });
    expect(versionOf({ publicationDetails: PUBLICATION({}) }, '$')).toMatchObject({
      path: '$.publicationDetails.bodsVersion',
    });
    expect(versionOf([], '$[0]')).toMatchObject({ path: '$[0]' });
  });
});

describe('BODS statements read', () => {
  it('reads a 0.4 relationship: ends, unspecified party, share bounds', () => {
    const record = readStatement(RELATIONSHIP_04, '$[0]', '0.4');
    expect(record).toMatchObject({
      kind: 'relationship',
      key: 'rel-1',
      subject: { ref: 'ent-1' },
      interestedParty: { unspecified: { reason: 'noBeneficialOwners' } },
      interests: [{ type: 'shareholding', share: { exclusiveMinimum: 25, maximum: 50 } }],
      provenance: { statementId: RELATIONSHIP_04.statementId, publisher: 'A register' },
    });
  });

  it('gives each problem the JSON path the reference validator gives', () => {
    const bad = {
      ...RELATIONSHIP_04,
      recordDetails: {
        ...RELATIONSHIP_04.recordDetails,
        interests: [{ type: 'shareholding', share: { exact: 101 } }],
      },
    };
    const problems = readStatement(bad, '$[0]', '0.4');
    expect(Array.isArray(problems) && problems.map((p) => p.path)).toEqual([
      '$[0].recordDetails.interests[0].share.exact',
    ]);
  });

  it('maps 0.2 exclusive flags and interestLevel onto 0.4 names', () => {
    const record = readStatement(
      {
        statementID: 'ooc-1',
        statementType: 'ownershipOrControlStatement',
        subject: { describedByEntityStatement: 'e-1' },
        interestedParty: { describedByPersonStatement: 'p-1' },
        interests: [
          {
            type: 'shareholding',
            interestLevel: 'indirect',
            share: { minimum: 25, maximum: 50, exclusiveMinimum: true, exclusiveMaximum: false },
          },
        ],
        replacesStatements: ['ooc-0'],
      },
      '$[3]',
      '0.2',
    );
    expect(record).toMatchObject({
      kind: 'relationship',
      key: 'ooc-1',
      replaces: ['ooc-0'],
      subject: { ref: 'e-1' },
      interestedParty: { ref: 'p-1' },
      interests: [{ directOrIndirect: 'indirect', share: { exclusiveMinimum: 25, maximum: 50 } }],
    });
  });

  it('writes zod paths as JSON paths', () => {
    expect(jsonPath('$[1]', ['recordDetails', 'names', 0, 'fullName'])).toBe(
      '$[1].recordDetails.names[0].fullName',
    );
  });
});

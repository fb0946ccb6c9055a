// Merge candidates: normalised names, aliases and external ids suggest pairs; nothing else does.
import { describe, expect, it } from 'vitest';
import {
  externalIds,
  matchKey,
  mergeCandidates,
  type CandidateEntity,
} from '../../../../server/domain/merge-candidates';

const e = (id: string, name: string, extra: Partial<CandidateEntity> = {}): CandidateEntity => ({
  id,
  kind: 'Company',
  name,
  aliases: [],
  ...extra,
});

describe('matchKey', () => {
  it('drops diacritics, case, punctuation and invisible format characters', () => {
    expect(matchKey('Hermès International')).toBe('hermes international');
    expect(matchKey('  LVMH—Moët  Hennessy ')).toBe('lvmh moet hennessy');
    expect(matchKey('Gu\u200Bcci')).toBe('gucci');
    expect(matchKey('ＡＢＣ')).toBe('abc');
  });
});

describe('externalIds', () => {
  it('reads FtM id properties, BODS identifiers and Wikidata ids alike', () => {
    expect(externalIds(e('x', 'X', { attributes: { leiCode: '5299 00ABC' } }))).toEqual([
      'lei:529900ABC',
    ]);
    expect(externalIds(e('y', 'Y', { attributes: { identifiers: ['XI-LEI 529900abc'] } }))).toEqual(
      ['lei:529900ABC'],
    );
    expect(externalIds(e('Q42', 'Z', { attributes: { wikidataId: 'Q42' } }))).toEqual([
      'wikidata:Q42',
    ]);
  });
});

describe('mergeCandidates', () => {
  it('pairs the same normalised name within a kind, the better-connected entity kept', () => {
    const pairs = mergeCandidates(
      [
        e('hermes', 'Hermès', { degree: 5 }),
        e('hermes-2', 'HERMES', { degree: 1 }),
        e('ebay', 'eBay'),
      ],
      10,
    );
    expect(pairs).toEqual([
      { into: 'hermes', from: 'hermes-2', reasons: [{ match: 'name', value: 'hermes' }] },
    ]);
  });

  it('pairs a name with an alias of another, and external ids across kinds', () => {
    const pairs = mergeCandidates(
      [
        e('lvmh', 'LVMH', { aliases: ['Moët Hennessy Louis Vuitton'] }),
        e('mhlv', 'Moet Hennessy Louis Vuitton'),
        e('p1', 'Someone', { kind: 'Person', attributes: { leiCode: 'ABC' } }),
        e('c1', 'Other', { attributes: { identifiers: ['XI-LEI ABC'] } }),
      ],
      10,
    );
    expect(pairs).toEqual([
      { into: 'c1', from: 'p1', reasons: [{ match: 'externalId', value: 'lei:ABC' }] },
      {
        into: 'lvmh',
        from: 'mhlv',
        reasons: [{ match: 'alias', value: 'moet hennessy louis vuitton' }],
      },
    ]);
  });

  it('does not pair the same name across kinds, nor a value shared by too many', () => {
    expect(mergeCandidates([e('a', 'Apple'), e('b', 'Apple', { kind: 'Brand' })], 10)).toEqual([]);
    const many = Array.from({ length: 5 }, (_, i) => e(`x${i}`, 'Group'));
    expect(mergeCandidates(many, 100, 4)).toEqual([]);
    expect(mergeCandidates(many, 3, 5)).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import {
  aliasesWithSaid,
  parseSaidBy,
  saidApart,
  saidByText,
  saidDifferences,
  withSaid,
} from '../../../../server/domain/said-by';

const gucci = {
  name: 'Gucci',
  kind: 'Brand',
  summary: 'Fashion house.',
  aliases: ['Gucci America'],
  attributes: { country: 'it' },
};

describe('values kept by source', () => {
  it('keeps what a later source says apart from the entity, and only that', () => {
    expect(
      saidApart(gucci, {
        name: 'Gucci Knockoffs Ltd',
        kind: 'Company',
        summary: 'Fashion house.',
        aliases: ['Gucci', 'GKL'],
        attributes: { country: 'fr', founded: 1999 },
      }),
    ).toEqual({
      name: 'Gucci Knockoffs Ltd',
      kind: 'Company',
      aliases: ['GKL'],
      attributes: { country: 'fr', founded: 1999 },
    });
    expect(saidApart(gucci, { name: 'Gucci', attributes: { country: 'it' } })).toEqual({});
  });

  it('keeps a value the same source gave before, even once it is the entity\u2019s (it filled it in)', () => {
    const entity = { ...gucci, attributes: { country: 'it', founded: 1999 } };
    const before = { attributes: { founded: 1999 } };
    expect(saidApart(entity, { attributes: { founded: 1999 } }, before)).toEqual(before);
    expect(saidApart(entity, { attributes: { founded: 1999 } })).toEqual({});
  });

  it('replaces a source\u2019s entry, removes it when empty, and round-trips through the stored text', () => {
    const saidBy = withSaid({}, 'a.csv', { attributes: { country: 'fr' } });
    const both = withSaid(saidBy, 'b.csv', { name: 'G' });
    expect(parseSaidBy(saidByText(both))).toEqual(both);
    expect(withSaid(both, 'a.csv', {})).toEqual({ 'b.csv': { name: 'G' } });
    expect(saidByText({})).toBeNull();
  });

  it('reads malformed or foreign text as nothing, and drops values of the wrong shape', () => {
    expect(parseSaidBy(null)).toEqual({});
    expect(parseSaidBy('{not json')).toEqual({});
    expect(parseSaidBy('[1,2]')).toEqual({});
    expect(
      parseSaidBy(JSON.stringify({ 'a.csv': { name: 3, attributes: { ok: 'x', bad: { n: 1 } } } })),
    ).toEqual({ 'a.csv': { attributes: { ok: 'x' } } });
  });

  it('gives every name another source said as an alias, once, never the entity\u2019s name', () => {
    const saidBy = {
      'a.csv': { name: 'Gucci SpA', aliases: ['GG', 'Gucci'] },
      'b.csv': { name: 'GG' },
    };
    expect(aliasesWithSaid('Gucci', ['Gucci America'], saidBy)).toEqual([
      'Gucci America',
      'Gucci SpA',
      'GG',
    ]);
  });

  it('lists, source by source, the values that differ from the entity\u2019s own', () => {
    const saidBy = {
      'a.csv': { name: 'Gucci SpA', aliases: ['GG'], attributes: { country: 'it' } },
      'b.csv': { summary: 'Knockoffs.', attributes: { country: 'fr', size: ['s', 'm'] } },
    };
    expect(saidDifferences(gucci, saidBy)).toEqual([
      { source: 'a.csv', field: 'name', value: 'Gucci SpA' },
      { source: 'b.csv', field: 'summary', value: 'Knockoffs.' },
      { source: 'b.csv', field: 'country', value: 'fr' },
      { source: 'b.csv', field: 'size', value: ['s', 'm'] },
    ]);
    expect(saidDifferences(gucci, undefined)).toEqual([]);
  });
});

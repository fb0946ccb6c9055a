import { describe, expect, it } from 'vitest';
import { parseCli } from '../../../../server/imports/cli-args';

describe('import command line', () => {
  it('reads a triples import with label files', () => {
    expect(
      parseCli([
        'triples',
        '--relations',
        'r.json',
        '--entity-types',
        'e.json',
        '--type-names',
        't.json',
        'a.txt',
        'b.txt',
      ]),
    ).toEqual({
      request: {
        format: 'triples',
        triples: ['a.txt', 'b.txt'],
        relations: 'r.json',
        entityTypes: 'e.json',
        typeNames: 't.json',
      },
      bulk: false,
      options: { skipBad: false },
    });
  });

  it('reads --bulk before or after the format', () => {
    expect(parseCli(['--bulk', 'triples', 'a.txt']).bulk).toBe(true);
    expect(parseCli(['triples', '--bulk', '--dataset', 'CoDEx', 'a.txt'])).toMatchObject({
      bulk: true,
      request: { format: 'triples', triples: ['a.txt'] },
      options: { dataset: 'CoDEx' },
    });
  });

  it('reads csv inputs as neo4j-admin does: a comma list is a header file and its parts', () => {
    expect(
      parseCli([
        'csv',
        '--nodes',
        'h.csv,a.csv,b.csv',
        '--nodes',
        'c.csv',
        '--relationships',
        'r.csv',
        '--skip-bad',
        '--array-delimiter',
        '|',
        '--quote',
        "'",
      ]).request,
    ).toEqual({
      format: 'csv',
      nodes: ['h.csv,a.csv,b.csv', 'c.csv'],
      relationships: ['r.csv'],
      arrayDelimiter: '|',
      quote: "'",
    });
    expect(() => parseCli(['csv', '--nodes', 'a.csv', '--quote', '""'])).toThrow(
      '--quote must be one character',
    );
    expect(parseCli(['csv', '--nodes', 'a.csv', '--skip-bad']).options).toEqual({
      skipBad: true,
      reportFile: 'import.report',
    });
  });

  it('reads an edge-list mapping', () => {
    expect(
      parseCli([
        'edges',
        '--source',
        'from',
        '--target',
        'to',
        '--type',
        'paid',
        '--date',
        'when',
        '--delimiter',
        '\\t',
        'e.tsv',
      ]).request,
    ).toEqual({
      format: 'edges',
      file: 'e.tsv',
      source: 'from',
      target: 'to',
      type: 'paid',
      date: 'when',
      delimiter: '\t',
    });
  });

  it('reads what describes the two ends: names, kinds, repeatable attributes, ignored columns', () => {
    const args = ['edges', '--source', 'a_id', '--target', 'b_id', '--type', 'acquired'];
    expect(
      parseCli([
        ...args,
        '--source-name',
        'a_name',
        '--target-name',
        'b_name',
        '--source-kind',
        'Company',
        '--target-kind',
        'b_type',
        '--source-attr',
        'a_country',
        '--source-attr',
        'a_city, with comma',
        '--target-attr',
        'b_country',
        '--ignore',
        'price_currency',
        'deals.csv',
      ]).request,
    ).toEqual({
      format: 'edges',
      file: 'deals.csv',
      source: 'a_id',
      target: 'b_id',
      type: 'acquired',
      sourceName: 'a_name',
      targetName: 'b_name',
      sourceKind: 'Company',
      targetKind: 'b_type',
      sourceAttributes: ['a_country', 'a_city, with comma'],
      targetAttributes: ['b_country'],
      ignore: ['price_currency'],
    });
    expect(parseCli([...args, 'deals.csv']).request).not.toHaveProperty('sourceName');
  });

  it('says what is missing', () => {
    expect(() => parseCli(['edges', '--source', 'a', 'e.csv'])).toThrow('--target');
    expect(() => parseCli(['edges', '--source', 'a', '--target', 'b', 'e.csv'])).toThrow(
      '--type TYPE or --type-column',
    );
    expect(() => parseCli(['xml', 'f'])).toThrow('unknown format "xml"');
    expect(() => parseCli(['ftm', '--batch-size', '0', 'f'])).toThrow('--batch-size');
    expect(() => parseCli(['ftm', '--colour', 'f'])).toThrow();
  });
});

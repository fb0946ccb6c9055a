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
      options: { skipBad: false },
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

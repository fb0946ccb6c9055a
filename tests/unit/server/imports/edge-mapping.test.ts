// An edge list's mapping against its header: positions, kinds, attribute names, problems.
import { describe, expect, it } from 'vitest';
import type { CsvField } from '../../../../server/imports/csv-records';
import { endAttributeKey, endPrefix, mapColumns } from '../../../../server/imports/edge-mapping';

const header = (names: string[]): CsvField[] =>
  names.map((value, i) => ({ value, column: i * 10 + 1, line: 1 }));

const HEADER = header(['a_id', 'a_name', 'a_country', 'b_id', 'b_name', 'b_type', 'day', 'price']);

describe('endPrefix and endAttributeKey', () => {
  it('cut what the id and name columns share, up to a separator', () => {
    expect(endPrefix('acquirer_permalink', 'acquirer_name')).toBe('acquirer_');
    expect(endPrefix('company permalink', 'company name')).toBe('company ');
    expect(endPrefix('from', undefined)).toBe('');
    expect(endPrefix('src.id', undefined)).toBe('src.');
    expect(endPrefix('source', 'sname')).toBe('');
    expect(endAttributeKey('acquirer_country_code', 'acquirer_')).toBe('country_code');
    expect(endAttributeKey('country', 'acquirer_')).toBe('country');
    expect(endAttributeKey('a_kind', 'a_')).toBe('column_kind');
    expect(endAttributeKey('a_', 'a_')).toBe('a_');
  });
});

describe('mapColumns', () => {
  it('places each end, takes a kind as a column or a value, and leaves the rest to the fact', () => {
    const mapped = mapColumns(HEADER, {
      format: 'edges',
      file: 'x',
      source: 'a_id',
      target: 'b_id',
      type: 'acquired',
      date: 'day',
      sourceName: 'a_name',
      targetName: 'b_name',
      sourceKind: 'company',
      targetKind: 'b_type',
      sourceAttributes: ['a_country'],
    });
    expect(mapped).toEqual({
      columns: {
        source: { id: 0, name: 1, kind: 'Company', attributes: [{ index: 2, key: 'country' }] },
        target: { id: 3, name: 4, kind: 5, attributes: [] },
        type: -1,
        date: 6,
        used: new Set([0, 1, 2, 3, 4, 5, 6]),
      },
    });
  });

  it('names the option and the column for every column the header lacks', () => {
    const mapped = mapColumns(HEADER, {
      format: 'edges',
      file: 'x',
      source: 'a_id',
      target: 'b_id',
      typeColumn: 'kind',
      sourceName: 'a_title',
      targetKind: 'Spaceship',
      targetAttributes: ['b_country'],
      ignore: ['cost'],
    });
    expect('problems' in mapped ? mapped.problems.map((p) => p.split(' (')[0]) : []).toEqual([
      '--source-name: no column "a_title"',
      '--target-kind: no column "Spaceship"',
      '--target-attr: no column "b_country"',
      '--type-column: no column "kind"',
      '--ignore: no column "cost"',
    ]);
  });
});

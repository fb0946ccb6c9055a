import { describe, expect, it } from 'vitest';
import { mappingFields, type ColumnRole } from '../../../../client/src/explorer/column-mapping';

const columns = ['buyer', 'buyer name', 'country', 'bought', 'kind', 'day', 'price', 'currency'];

describe('mappingFields', () => {
  it('gives the form fields the server reads, lists as JSON arrays', () => {
    const roles: ColumnRole[] = [
      'source',
      'sourceName',
      'sourceAttribute',
      'target',
      'targetKind',
      'date',
      'factAttribute',
      'ignore',
    ];
    expect(
      mappingFields({
        columns,
        roles,
        type: ' acquired ',
        sourceKind: 'Company',
        targetKind: 'Person',
      }),
    ).toEqual({
      fields: {
        source: 'buyer',
        sourceName: 'buyer name',
        target: 'bought',
        targetKind: 'kind',
        date: 'day',
        sourceAttributes: '["country"]',
        ignore: '["currency"]',
        type: 'acquired',
        sourceKind: 'Company',
      },
    });
  });

  it('says what is missing or doubled', () => {
    const fact: ColumnRole[] = columns.map(() => 'factAttribute');
    expect(mappingFields({ columns, roles: fact, type: '' })).toEqual({
      problem: 'Choose the column of source ids',
    });
    const ends: ColumnRole[] = [
      'source',
      'factAttribute',
      'factAttribute',
      'target',
      ...fact.slice(4),
    ];
    expect(mappingFields({ columns, roles: ends, type: '' })).toEqual({
      problem: 'Choose a fact type column or give one type for all rows',
    });
    const twice: ColumnRole[] = ['source', 'source', ...fact.slice(2)];
    expect(mappingFields({ columns, roles: twice, type: 'x' })).toEqual({
      problem: 'Only one column can be the Source id (buyer, buyer name)',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../../server/imports/admin-csv-header';

const fields = (names: string[]) =>
  names.map((value, i) => ({ value, column: i * 10 + 1, line: 1 }));

describe('parseHeader (neo4j-admin import headers)', () => {
  it('reads node headers: ids with groups, labels, typed and array properties', () => {
    const header = parseHeader(
      fields([
        'personId:ID(Person)',
        ':LABEL',
        'name',
        'born:date',
        'tags:string[]',
        'x:int',
        'skip:IGNORE',
      ]),
      'nodes',
    );
    expect(header).toEqual({
      columns: [
        { role: 'id', group: 'Person', name: 'personId' },
        { role: 'label' },
        { role: 'property', name: 'name', type: 'string', array: false },
        { role: 'property', name: 'born', type: 'date', array: false },
        { role: 'property', name: 'tags', type: 'string', array: true },
        { role: 'property', name: 'x', type: 'int', array: false },
        { role: 'ignore' },
      ],
    });
  });

  it('reads relationship headers', () => {
    const header = parseHeader(
      fields([':START_ID', ':END_ID', ':TYPE', 'since:date', 'id']),
      'relationships',
    );
    expect('columns' in header && header.columns.map((c) => c.role)).toEqual([
      'start',
      'end',
      'type',
      'property',
      'property',
    ]);
  });

  it('names the column of an unknown type, a misplaced role and a missing :ID', () => {
    expect(parseHeader(fields(['name', 'age:number', ':START_ID']), 'nodes')).toEqual({
      problems: [
        {
          column: 11,
          field: 'age:number',
          message: expect.stringContaining('unknown type "number"') as string,
        },
        { column: 21, field: ':START_ID', message: ':START_ID belongs in a relationship file' },
        { column: 1, field: ':ID', message: 'column is missing' },
      ],
    });
  });

  it("reads the product's own names and documented time columns as property columns (issue 13)", () => {
    const header = parseHeader(fields([':ID', 'kind', 'aliasText', 'file']), 'nodes');
    expect('columns' in header && header.columns.map((c) => c.role)).toEqual([
      'id',
      'property',
      'property',
      'property',
    ]);
    const rel = parseHeader(
      fields([':START_ID', ':END_ID', ':TYPE', 'sourceIds:string[]', 'startDate', 'endDate']),
      'relationships',
    );
    expect('columns' in rel && rel.columns.length).toBe(6);
  });

  it('needs start, end and type in relationship files', () => {
    const header = parseHeader(fields([':START_ID', ':TYPE']), 'relationships');
    expect('problems' in header && header.problems.map((p) => p.field)).toEqual([':END_ID']);
  });
});

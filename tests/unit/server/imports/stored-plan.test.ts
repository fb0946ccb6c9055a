import { describe, expect, it } from 'vitest';
import { planAgainstStored } from '../../../../server/imports/stored-plan';
import { plannedOnce } from '../../../../server/neo4j/cypher-files';
import { fakeWriteTx } from '../../../support/fake-write-tx';
import type { Row as StoredRow, WriteTx } from '../../../../server/neo4j/gateway';

type Row = Record<string, unknown>;

/** A transaction that answers the stored lookup with `stored` and records what it was asked. */
function lookupTx(stored: Row[]): { tx: WriteTx; asked: Row[][] } {
  const asked: Row[][] = [];
  const tx: WriteTx = fakeWriteTx((query, params) => {
    expect(query).toBe(plannedOnce('import-stored'));
    const rows = (params?.rows ?? []) as Row[];
    asked.push(rows);
    return Promise.resolve(stored.filter((s) => rows.some((r) => r.id === s.id)) as StoredRow[]);
  });
  return { tx, asked };
}

const row = (id: string, file = 'b.csv'): Row => ({ id, file, kind: 'Company', name: id });

describe('what a batch looks up before it is written', () => {
  it('asks for every row by id and file, and reports entities another file wrote', async () => {
    const { tx, asked } = lookupTx([
      { id: 'x', file: 'a.csv', labels: ['Entity', 'Company'], props: { name: 'X Ltd' } },
    ]);
    const merged = new Map<string, Set<string>>();
    const plan = await planAgainstStored(tx, [row('x'), row('y')], merged);
    expect(asked).toEqual([
      [
        { id: 'x', file: 'b.csv' },
        { id: 'y', file: 'b.csv' },
      ],
    ]);
    expect(merged.get('a.csv')).toEqual(new Set(['x']));
    expect(plan.rows.map((r) => r.said)).toEqual([true, undefined]);
  });

  it('does not ask for ids known to be absent, and sends nothing when all are', async () => {
    const { tx, asked } = lookupTx([]);
    await planAgainstStored(tx, [row('x'), row('y'), row('z')], undefined, (id) => id !== 'y');
    expect(asked).toEqual([[{ id: 'y', file: 'b.csv' }]]);
    const none = lookupTx([]);
    const plan = await planAgainstStored(none.tx, [row('x')], undefined, () => true);
    expect(none.asked).toEqual([]);
    expect(plan.rows).toEqual([row('x')]);
  });
});

import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { newBudget, toBoundedPlain } from '../../../../server/neo4j/bounded-plain';

describe('bounded conversion of driver values', () => {
  it('converts small values like toPlain and spends their size', () => {
    const budget = newBudget(1000, 100);
    expect(toBoundedPlain({ a: [neo4j.int(1), 'x', null, true] }, budget)).toEqual({
      a: [1, 'x', null, true],
    });
    expect(budget.cut).toBeNull();
    expect(budget.bytes).toBeLessThan(1000);
  });

  it('keeps at most maxListItems of a list and says so', () => {
    const budget = newBudget(1_000_000, 10);
    const out = toBoundedPlain(
      Array.from({ length: 1000 }, (_, i) => i),
      budget,
    );
    expect(out).toHaveLength(10);
    expect(budget.cut).toBe('list');
  });

  it('stops at the byte bound inside a huge list and a huge string', () => {
    const budget = newBudget(10_000, 1_000_000);
    const out = toBoundedPlain(
      Array.from({ length: 1_000_000 }, (_, i) => i),
      budget,
    ) as number[];
    expect(JSON.stringify(out).length).toBeLessThanOrEqual(10_000);
    expect(out.length).toBeGreaterThan(1000);
    expect(budget.cut).toBe('bytes');
    const text = newBudget(1000, 10);
    expect((toBoundedPlain('x'.repeat(100_000), text) as string).length).toBeLessThanOrEqual(1000);
    expect(text.cut).toBe('bytes');
  });
});

import { describe, expect, it } from 'vitest';
import { checkPlan, operatorBase } from '../../../../server/graph/analyst-plan';

const plan = (queryType: string, ...names: string[]) => ({
  queryType,
  operators: names.map((name) => ({ name, details: '' })),
});

describe('the plan check for analyst Cypher', () => {
  it('reads operator names without database and variant', () => {
    expect(operatorBase('Expand(All)@neo4j')).toBe('Expand');
    expect(operatorBase('ProduceResults@neo4j')).toBe('ProduceResults');
  });

  it('passes plans of read operators only', () => {
    expect(() =>
      checkPlan(
        plan(
          'r',
          'ProduceResults@neo4j',
          'Filter@neo4j',
          'Expand(All)@neo4j',
          'NodeByLabelScan@neo4j',
        ),
      ),
    ).not.toThrow();
  });

  it.each([
    ['rw', 'ProduceResults@neo4j', 'Create@neo4j'],
    ['s', 'ShowUsers@system'],
    ['r', 'ProduceResults@neo4j', 'TerminateTransactions@neo4j', 'ShowTransactions@neo4j'],
    ['r', 'ProduceResults@neo4j', 'ShowSettings@neo4j'],
    ['r', 'ProduceResults@neo4j', 'LoadCSV@neo4j'],
    ['r', 'ProduceResults@neo4j', 'SomeFutureOperator@neo4j'],
  ])('refuses a plan of type %s with %s', (type, ...names) => {
    expect(() => checkPlan(plan(type, ...names))).toThrow(
      expect.objectContaining({ name: 'QueryRefusedError' }),
    );
  });

  it('lets through only procedures on the read list', () => {
    const call = (details: string) => ({
      queryType: 'r',
      operators: [{ name: 'ProcedureCall@neo4j', details }],
    });
    expect(() => checkPlan(call('db.labels() :: (label :: STRING)'))).not.toThrow();
    expect(() => checkPlan(call('dbms.killQueries($ids)'))).toThrow(/dbms\.killqueries/);
  });
});

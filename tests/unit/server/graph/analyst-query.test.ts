import { describe, expect, it } from 'vitest';
import { normaliseForRules, textRuleViolation } from '../../../../server/graph/analyst-query';

describe('text rules for analyst Cypher', () => {
  it.each([
    ["LOAD CSV FROM 'http://example.com/x.csv' AS row RETURN row", /LOAD CSV/],
    ['load  csv with headers from $u as r return r', /LOAD CSV/],
    ['USE system SHOW USERS', /USE/],
    ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1', /IN TRANSACTIONS/],
    ["CREATE USER mallory SET PASSWORD 'x'", /administration/],
    ['SHOW USERS', /administration/],
    ['DROP DATABASE neo4j', /administration/],
    ["CALL db.createLabel('X')", /procedure db\.createLabel/],
    ["CALL `db`.`createLabel`('X')", /procedure db\.createLabel/],
    ['CALL dbms.killQueries([])', /procedure dbms\.killQueries/],
    ['EXPLAIN MATCH (n) RETURN n', /EXPLAIN/],
  ])('refuses %s', (query, reason) => {
    expect(textRuleViolation(query)).toMatch(reason);
  });

  it.each([
    'MATCH (n:Entity) RETURN n.name LIMIT 5',
    "MATCH (n) WHERE n.name = 'LOAD CSV' RETURN n // CALL db.createLabel",
    "CALL db.index.fulltext.queryNodes('entity_search', 'gucci') YIELD node RETURN node.id",
    'CALL () { MATCH (n) RETURN count(n) AS c } RETURN c',
    'CALL db.labels()',
    'MATCH (u:User) RETURN u.name',
  ])('lets %s through to the plan check', (query) => {
    expect(textRuleViolation(query)).toBeNull();
  });

  it('blanks comments and strings so they can neither hide nor fake a keyword', () => {
    expect(normaliseForRules("/* x */ MATCH (n) // y\nWHERE n.a = 'LOAD CSV' RETURN n")).toBe(
      " MATCH (n) WHERE n.a = '' RETURN n",
    );
  });
});

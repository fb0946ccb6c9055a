import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/errors';
import {
  checkQueryText,
  MAX_NESTING,
  MAX_OPERATORS,
  nestingDepth,
  normaliseForRules,
  splitPreamble,
  textRuleViolation,
} from '../../../../server/graph/analyst-rules';

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
    ['CYPHER 5 SHOW TRANSACTIONS', /administration/],
    ["CYPHER 5 TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /administration/],
    [
      'CYPHER 5 SHOW TRANSACTIONS YIELD transactionId AS t, currentQuery WHERE currentQuery CONTAINS "UNWIND" TERMINATE TRANSACTIONS t YIELD transactionId RETURN transactionId',
      /administration/,
    ],
    ['CYPHER runtime=slotted /* x */ SHOW TRANSACTIONS', /administration/],
    ['CYPHER 5 EXPLAIN CREATE (n)', /EXPLAIN/],
    ['cypher profile MATCH (n) RETURN n', /EXPLAIN and PROFILE/],
    ['CYPHER replan=force MATCH (n) RETURN n', /pre-parser option "replan=force"/],
    ['CYPHER 4.4 MATCH (n) RETURN n', /pre-parser option "4.4"/],
    ['SHOW PROCEDURES', /administration/],
    ['CR\\u0045ATE (n:Hacked) RETURN n', /Unicode escapes/],
    ['SH\\u004FW TRANSACTIONS', /Unicode escapes/],
    ["RETURN '\\u0027 AS x", /Unicode escapes/],
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
    'CYPHER 5 MATCH (n) RETURN count(n)',
    'CYPHER runtime=slotted MATCH (n) RETURN count(n)',
    "MATCH (n) WHERE n.note = 'show transactions' RETURN n",
  ])('lets %s through to the plan check', (query) => {
    expect(textRuleViolation(query)).toBeNull();
  });

  it('blanks comments and strings so they can neither hide nor fake a keyword', () => {
    expect(normaliseForRules("/* x */ MATCH (n) // y\nWHERE n.a = 'LOAD CSV' RETURN n")).toBe(
      " MATCH (n) WHERE n.a = '' RETURN n",
    );
  });

  it('splits pre-parser options in any order, comments between them included', () => {
    expect(
      splitPreamble('/* a */ CYPHER 5 runtime = slotted // b\n EXPLAIN MATCH (n) RETURN n'),
    ).toEqual({
      options: ['CYPHER', '5', 'runtime=slotted', 'EXPLAIN'],
      body: 'MATCH (n) RETURN n',
    });
  });

  it('sends allowed options in front of the checked statement', () => {
    expect(checkQueryText('CYPHER 5 /* x */ MATCH (n) RETURN n')).toBe(
      'CYPHER 5 MATCH (n) RETURN n',
    );
  });

  it('measures nesting of brackets and CASE, strings aside', () => {
    expect(
      nestingDepth(normaliseForRules("RETURN [(1), {a: CASE WHEN true THEN 1 END}], '(((('")),
    ).toBe(3);
  });

  it.each([
    ['brackets', `RETURN ${'('.repeat(MAX_NESTING + 1)}1${')'.repeat(MAX_NESTING + 1)}`],
    ['lists', `RETURN ${'['.repeat(400)}1${']'.repeat(400)}`],
    ['NOT', `RETURN ${'NOT '.repeat(1500)}true`],
    ['minus', `RETURN ${'- '.repeat(3000)}1`],
  ])('refuses nesting deeper than the limit (%s) with a 400 that names it', (_kind, query) => {
    let error: unknown;
    try {
      checkQueryText(query);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/64 levels/);
  });

  it('refuses a chain of more than MAX_OPERATORS operators with a 400', () => {
    const query = `RETURN ${Array.from({ length: MAX_OPERATORS + 2 }, () => '1').join(' + ')}`;
    expect(() => checkQueryText(query)).toThrow(/more than 500 operators/);
  });

  it('accepts nesting up to the limit', () => {
    const query = `RETURN ${'('.repeat(MAX_NESTING)}1${')'.repeat(MAX_NESTING)} AS x`;
    expect(checkQueryText(query)).toBe(query);
  });
});

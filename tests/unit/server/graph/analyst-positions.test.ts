import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/errors';
import { inUserText, relocatePositions } from '../../../../server/graph/analyst-positions';

// Neo4j 5.26's form, as the embedded database answers (tests/integration/api-cypher-errors).
const neo4j = (line: number, column: number, offset: number, quoted: string): string =>
  `Invalid input 'RETRN': expected 'RETURN' (line ${line}, column ${column} (offset: ${offset}))\n"${quoted}"\n${' '.repeat(column)}^`;

describe('relocatePositions', () => {
  it('takes off the EXPLAIN the server put in front', () => {
    const own = 'MATCH (n) RETRN n';
    const message = neo4j(1, 19, 18, `EXPLAIN ${own}`);
    expect(relocatePositions(message, `EXPLAIN ${own}`, own)).toBe(neo4j(1, 11, 10, own));
  });
  it('counts lines in the text as typed, comments and options included', () => {
    const own = '// members\nCYPHER 5\nMATCH (b)\nRETRN b';
    const sent = 'EXPLAIN CYPHER 5 MATCH (b)\nRETRN b';
    const message = neo4j(2, 1, 27, 'RETRN b');
    expect(relocatePositions(message, sent, own)).toBe(
      neo4j(4, 1, own.indexOf('RETRN'), 'RETRN b'),
    );
  });
  it('leaves a message without a position as it is', () => {
    expect(relocatePositions('Unknown function', 'EXPLAIN x', 'x')).toBe('Unknown function');
  });
});

describe('inUserText', () => {
  it('rewrites the message and the details of an InvalidInputError, and nothing else', () => {
    const own = 'MATCH (n) RETRN n';
    const text = neo4j(1, 19, 18, `EXPLAIN ${own}`);
    const moved = inUserText(
      new InvalidInputError(`Could not plan: ${text}`, [{ path: 'body.query', message: text }]),
      `EXPLAIN ${own}`,
      own,
    ) as InvalidInputError;
    expect(moved.message).toContain('(line 1, column 11 (offset: 10))');
    expect(moved.details[0]?.message).toContain('(line 1, column 11 (offset: 10))');
    const other = new Error('down');
    expect(inUserText(other, 'a', 'b')).toBe(other);
  });
});

// The Cypher text tier: what is sent to Neo4j, checked without a database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../server/config';
import { DATE_KEYS } from '../../../../server/domain/fact-record';
import { FACT_TYPE_NAMES } from '../../../../server/domain/vocabulary';
import { factQuery } from '../../../../server/imports/fact-query';
import { cypher, plannedOnce, statements } from '../../../../server/neo4j/cypher-files';

describe('cypher/', () => {
  it('has a uniqueness constraint on the id of every fact type, entities and sources', () => {
    const schema = statements('schema');
    for (const type of FACT_TYPE_NAMES) {
      expect(schema).toContain(
        `CREATE CONSTRAINT fact_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
      );
    }
    expect(schema).toContain(
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
    );
    expect(schema.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
    expect(schema.some((s) => s.startsWith('//'))).toBe(false);
  });

  it("seeks a fact by id in each built-in type's index, never over every relationship", () => {
    const text = cypher('author-fact-read');
    for (const type of FACT_TYPE_NAMES) {
      expect(text).toContain(`MATCH (s:Entity)-[r:${type} {id: $id}]->(o:Entity) RETURN s, r, o`);
    }
    expect(text.match(/UNION ALL/g)).toHaveLength(FACT_TYPE_NAMES.length - 1);
    expect(text).not.toMatch(/-\[r\]-/);
    expect(cypher('author-fact-delete')).toMatch(/WHERE elementId\(r\) = \$elementId/);
  });

  it('loads in batches with UNWIND and MERGE on the constrained keys', () => {
    expect(cypher('load-entities')).toMatch(
      /UNWIND \$rows AS row\s+MERGE \(e:Entity \{id: row\.id\}\)/,
    );
    expect(cypher('load-sources')).toMatch(/MERGE \(s:Source \{id: row\.id\}\)/);
    expect(cypher('load-facts')).toMatch(
      /MERGE \(s\)-\[r:\$\(row\.type\) \{id: row\.id\}\]->\(o\)/,
    );
  });

  it('writes time bounds as DATE values and compares them with dates, on every path', () => {
    const imported = factQuery(['at', 'start', 'end'], []);
    for (const key of DATE_KEYS) {
      expect(cypher('load-facts')).toContain(`r.${key} = date(row.props.${key})`);
      expect(imported).toContain(`SET r.${key} = date(row.props.${key})`);
    }
    for (const name of ['expand', 'shortest-path', 'shortest-paths'] as const) {
      const text = cypher(name);
      expect(text, name).toMatch(/Latest, date\('9999-12-31'\)\) >= date\(\$(from|after)\)/);
      expect(text, name).toMatch(/Earliest, date\('0000-01-01'\)\) <= date\(\$(to|before)\)/);
      expect(text.replace(/date\('[0-9-]+'\)/g, ''), name).not.toMatch(/'[0-9]{4}-/);
    }
  });

  it('takes every value as a $parameter: no query file has a placeholder to fill in', () => {
    const dir = join(PROJECT_ROOT, 'cypher');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text, name).not.toMatch(/\$\{|%s|\{\{/);
    }
  });

  it('plans the import batch writes once, and only queries whose lookups are constrained id seeks', () => {
    for (const name of [
      'import-entities',
      'import-implied-entities',
      'import-entity-kinds',
      'import-stored',
    ] as const) {
      const text = plannedOnce(name);
      expect(text.split('\n')[0], name).toBe('CYPHER replan=skip');
      expect(text.slice(text.indexOf('\n') + 1), name).toBe(cypher(name));
      // Every MATCH and MERGE finds its node by a uniquely constrained id (schema.cypher).
      const lookups = text.match(/^\s*(?:MATCH|MERGE) .*$/gm) ?? [];
      expect(lookups.length, name).toBeGreaterThan(0);
      for (const line of lookups) expect(line, name).toMatch(/\(e:Entity \{id: row\.id\}\)/);
    }
    expect(factQuery([], [], { mode: 'create' }).split('\n')[0]).toBe('CYPHER replan=skip');
    // A MERGE of a fact by its id is left to Neo4j's statistics (or planned for every batch).
    expect(factQuery([], [], { mode: 'typed', type: 'MEMBER_OF' })).not.toMatch(/^CYPHER/);
    expect(factQuery([], []).split('\n')[0]).toBe('CYPHER replan=force');
  });
});

// neo4j-admin from the launcher's jars, no Neo4j started: a file it cannot read fails the run
// with its own words, and the half-written store is removed; a good file makes a store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStore, removeStore, runAdminImport } from '../../../server/imports/bulk/admin-tool';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-admin-tool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(name: string, nodes: string): Parameters<typeof runAdminImport>[1] {
  const work = mkdtempSync(join(dir, `${name}-work-`));
  writeFileSync(join(work, 'nodes.csv'), nodes);
  writeFileSync(join(work, 'facts.csv'), ':START_ID,:END_ID,:TYPE,id:string\na,b,KNOWS,f1\n');
  return {
    nodes: join(work, 'nodes.csv'),
    relationships: join(work, 'facts.csv'),
    work,
    multiline: false,
    overwrite: false,
  };
}

describe('runAdminImport', () => {
  it('writes a store and reports its stages as progress lines', async () => {
    const home = join(dir, 'good');
    const lines: string[] = [];
    const run = await runAdminImport(
      home,
      files('good', 'id:ID,name:string,:LABEL\na,A,Entity\nb,B,Entity\n'),
      (l) => lines.push(l),
    );
    expect(run.code).toBe(0);
    expect(hasStore(home)).toBe(true);
    expect(lines).toContain('  bulk import 1/4 Node import: 100%');
    expect(lines).toContain('  2 nodes');
    expect(lines).toContain('  1 relationships');
  });

  it('fails on a value it cannot read, saying why when verbose; the half-written store can be removed', async () => {
    const home = join(dir, 'bad');
    const run = await runAdminImport(
      home,
      files('bad', 'id:ID,born:date,:LABEL\na,not a date,Entity\nb,2001-02-03,Entity\n'),
      () => undefined,
      true,
    );
    expect(run.code).not.toBe(0);
    const said = run.tail.join('\n');
    expect(said).toMatch(/raw field value: not a date/);
    expect(said).toMatch(/Text cannot be parsed to a Date/);
    expect(said).not.toMatch(/^\s+at /m);
    removeStore(home);
    expect(hasStore(home)).toBe(false);
  });
});

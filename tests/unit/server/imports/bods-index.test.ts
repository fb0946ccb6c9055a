// A BODS file read whole: array, single statement or JSON lines with their lines; statements
// that replace earlier ones folded into one record whose history stays visible; a closed 0.4
// record ending its interests; problems with a statement by line and JSON path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodsItems } from '../../../../server/imports/bods';
import { bodsEntityId } from '../../../../server/imports/bods-entities';
import { indexBods } from '../../../../server/imports/bods-index';
import type { ReadItem } from '../../../../server/imports/types';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-bods-index-'));
let n = 0;
function file(text: string): string {
  n += 1;
  const path = join(dir, `f${n}.json`);
  writeFileSync(path, text);
  return path;
}

const publication = { publicationDate: '2020-01-01', bodsVersion: '0.4', publisher: { name: 'R' } };
const id = (i: number): string => `statement-${String(i).padStart(30, '0')}`;
const entity = (i: number, recordId: string, name: string, more: object = {}) => ({
  statementId: id(i),
  statementDate: `2020-01-0${i}`,
  publicationDetails: publication,
  recordId,
  recordType: 'entity',
  declarationSubject: 'c',
  recordDetails: { isComponent: false, entityType: { type: 'registeredEntity' }, name },
  ...more,
});
const owns = (i: number, date: string, share: number, more: object = {}) => ({
  statementId: id(i),
  statementDate: date,
  publicationDetails: publication,
  recordId: 'r',
  recordType: 'relationship',
  declarationSubject: 'c',
  recordDetails: {
    isComponent: false,
    subject: 'c',
    interestedParty: 'p',
    interests: [{ type: 'shareholding', share: { exact: share }, startDate: '2019-05-01' }],
  },
  ...more,
});

/** The lines (1-based) where a pretty-printed array's elements start (`  {` at `indent`). */
function starts(text: string, indent: number): number[] {
  const open = `${' '.repeat(indent)}{`;
  return text.split('\n').flatMap((l, i) => (l === open ? [i + 1] : []));
}

async function items(path: string): Promise<ReadItem[]> {
  return [...bodsItems(await indexBods(path), 'f.json')];
}

describe('BODS files', () => {
  it('are read as an array, a single statement or JSON lines, each statement with its line', async () => {
    const text = JSON.stringify([entity(1, 'c', 'C'), entity(2, 'p', 'P')], null, 2);
    const [first, second] = starts(text, 2);
    expect(first).toBe(2);
    const array = await indexBods(file(text));
    expect(array.statements.map((s) => [s.path, s.line])).toEqual([
      ['$[0]', first],
      ['$[1]', second],
    ]);
    const single = await indexBods(file(JSON.stringify(entity(1, 'c', 'C'), null, 2)));
    expect(single.statements.map((s) => [s.path, s.line])).toEqual([['$', 1]]);
    const lines = await indexBods(
      file(`${JSON.stringify(entity(1, 'c', 'C'))}\n\n${JSON.stringify(entity(2, 'p', 'P'))}\n`),
    );
    expect(lines.statements.map((s) => [s.path, s.line])).toEqual([
      ['$', 1],
      ['$', 3],
    ]);
  });

  it('that are not JSON are refused whole, at the line of the fault', async () => {
    const found = await items(file('[\n  {"a": 1},\n  {"b": }\n]'));
    expect(found).toMatchObject([
      {
        kind: 'problem',
        fatal: true,
        problem: { line: 3, field: '$', message: 'is not valid JSON' },
      },
    ]);
  });

  it('fold a 0.4 record’s statements into one fact, the earlier ones kept as history', async () => {
    const found = await items(
      file(
        JSON.stringify([
          entity(1, 'c', 'C'),
          entity(2, 'p', 'P'),
          owns(3, '2020-02-01', 40),
          owns(4, '2021-02-01', 60),
        ]),
      ),
    );
    const facts = found.flatMap((i) => (i.kind === 'fact' ? [i.fact] : []));
    expect(facts).toHaveLength(1);
    expect(facts[0]?.attributes).toMatchObject({
      shareExact: 60,
      bodsStatementId: id(4),
      bodsEarlierStatements: [id(3)],
      bodsHistory: [`2020-02-01 statement ${id(3)}: shareholding 40% from 2019-05-01`],
    });
    expect(facts[0]?.time).toEqual({ start: { date: '2019-05-01', precision: 'day' } });
    // One claim across files: the record, the interest and the interested party (entity p).
    expect(facts[0]?.claim).toBe(`bods:r:shareholding#0:${bodsEntityId('p')}`);
    expect(facts[0]?.claimAcrossFiles).toBe(true);
  });

  it('end the interests of a closed 0.4 record on the day it was closed', async () => {
    const closed = { ...owns(4, '2021-02-01', 60), recordStatus: 'closed' };
    const found = await items(
      file(
        JSON.stringify([
          entity(1, 'c', 'C'),
          entity(2, 'p', 'P'),
          owns(3, '2020-02-01', 60),
          closed,
        ]),
      ),
    );
    const fact = found.find((i) => i.kind === 'fact');
    expect(fact?.kind === 'fact' && fact.fact.time.end).toEqual({
      date: '2021-02-01',
      precision: 'day',
    });
    expect(fact?.kind === 'fact' && fact.fact.attributes.bodsRecordStatus).toBe('closed');
  });

  it('join 0.2 statements that replace earlier ones to the first one’s entity', async () => {
    const e = (sid: string, name: string, replaces?: string[]) => ({
      statementID: sid,
      statementType: 'entityStatement',
      entityType: 'registeredEntity',
      name,
      ...(replaces ? { replacesStatements: replaces } : {}),
    });
    const found = await items(
      file(JSON.stringify([e('a-1', 'Old name'), e('a-2', 'New name', ['a-1'])])),
    );
    const entities = found.flatMap((i) => (i.kind === 'entity' ? [i.entity] : []));
    expect(entities.map((x) => [x.id, x.name, x.extra.bodsEarlierStatements])).toEqual([
      ['bods-a-1', 'New name', ['a-1']],
    ]);
  });

  it('report a statement’s problems at its line, by JSON path, and read the others', async () => {
    const bad = { ...entity(2, 'p', 'P'), statementDate: 'yesterday' };
    const text = JSON.stringify([entity(1, 'c', 'C'), bad], null, 1);
    const line = starts(text, 1)[1];
    const found = await items(file(text));
    expect(found.filter((i) => i.kind === 'problem')).toEqual([
      {
        kind: 'problem',
        line,
        scope: 'record',
        problem: {
          file: 'f.json',
          line,
          field: '$[1].statementDate',
          message: 'must be a date (YYYY-MM-DD) or a date-time',
        },
      },
    ]);
    expect(found.filter((i) => i.kind === 'entity')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { writeAll } from '../../../../server/imports/write-pass';
import type { EntityDraft, FactDraft, FormatReader } from '../../../../server/imports/types';
import { plannedOnce } from '../../../../server/neo4j/cypher-files';
import { fakeWriteTx } from '../../../support/fake-write-tx';
import type { Neo4jGateway, WriteTx } from '../../../../server/neo4j/gateway';

type Row = Record<string, unknown>;

const entity = (id: string, described = false, name = id): EntityDraft => ({
  id,
  kind: 'Company',
  name,
  aliases: [],
  extra: {},
  ...(described ? { described } : {}),
});

const fact = (subject: EntityDraft, object: EntityDraft): FactDraft => ({
  type: { name: 'OWNS', label: 'owns', verb: 'owns', shape: 'state' },
  subject: subject.id,
  object: object.id,
  time: {},
  attributes: {},
  needsEnds: false,
  implied: [subject, object],
  endFields: ['source', 'target'],
});

/** Three facts, one a batch: plain mentions, then a described one met twice with two names. */
const reader: FormatReader = {
  files: [{ path: 'edges.csv', label: 'edges.csv', bytes: 100, holds: 'facts' }],
  async *read() {
    const items = [
      fact(entity('a'), entity('b')),
      fact(entity('a'), entity('c', true, 'C Ltd')),
      fact(entity('b'), entity('c', true, 'C Limited')),
    ];
    for (const [i, item] of items.entries()) {
      yield await Promise.resolve({ kind: 'fact' as const, line: i + 2, fact: item });
    }
  },
};

/** Runs the write pass on a recording gateway; the ids each stored lookup asked for. */
async function lookups(emptyAtStart: boolean): Promise<string[][]> {
  const asked: string[][] = [];
  const tx: WriteTx = fakeWriteTx((query, params) => {
    if (query === plannedOnce('import-stored')) {
      asked.push(((params?.rows ?? []) as Row[]).map((r) => String(r.id)));
    }
    return Promise.resolve([]);
  });
  const gateway = {
    database: 'neo4j',
    readyTimeoutMs: 1000,
    writeTransaction: <T>(work: (t: WriteTx) => Promise<T>) => work(tx),
  } as unknown as Neo4jGateway;
  await writeAll(gateway, reader, {
    batchSize: 1,
    bad: new Set(),
    sourceIds: ['src-1'],
    attributeKeys: new Set(),
    timeSlots: new Set(),
    emptyAtStart,
    progress: () => undefined,
  });
  return asked;
}

describe('the write pass on a graph that was empty when the import began', () => {
  it('looks up only what it may find: described mentions, and ids it wrote before', async () => {
    // a and b: plain first mentions, absent. c: described, always looked up (another writer
    // may have added it meanwhile, and its name and attributes must then be merged); its
    // second mention, with another name, is one this import wrote.
    expect(await lookups(true)).toEqual([['c'], ['c']]);
  });

  it('looks every mention up when the graph held entities', async () => {
    expect(await lookups(false)).toEqual([['a', 'b'], ['c'], ['c']]);
  });
});

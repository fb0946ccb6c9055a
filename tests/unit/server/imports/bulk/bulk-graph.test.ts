// The bulk import's graph in memory: entities once, a repeated fact id as one fact (the last
// row wins, as MERGE then SET), and what only the normal import can do refused.
import { describe, expect, it } from 'vitest';
import { BulkGraph } from '../../../../../server/imports/bulk/bulk-graph';
import { BulkRefusal } from '../../../../../server/imports/bulk/csv-cells';

const entity = (id: string, file: string, more: Record<string, unknown> = {}) => ({
  id,
  kind: 'Person',
  name: id,
  aliases: [],
  aliasText: '',
  summary: null,
  sourceType: null,
  originalId: null,
  file,
  labels: [],
  saidBy: null,
  extra: {},
  alias: null,
  ...more,
});
const fact = (
  id: string,
  subject: string,
  object: string,
  props: Record<string, unknown> = {},
) => ({
  id,
  type: 'MEMBER_OF',
  subject,
  object,
  props,
  attributes: {},
});

describe('BulkGraph', () => {
  it('labels an entity Entity, its kind and its further labels', () => {
    const graph = new BulkGraph();
    graph.addEntity({ ...entity('Q1', 'a.csv'), labels: ['Movie'] });
    expect(graph.nodes.get('Q1')?.labels).toEqual(['Entity', 'Person', 'Movie']);
  });

  it('keeps an implied entity once when later mentions say nothing new, in any file', () => {
    const graph = new BulkGraph();
    graph.addImplied(entity('Q1', 'train.txt', { summary: 'human' }));
    graph.addImplied(entity('Q1', 'valid.txt', { summary: 'human' }));
    graph.addImplied(entity('Q1', 'train.txt', { summary: 'human' }));
    expect(graph.nodes.size).toBe(1);
    expect(graph.nodes.get('Q1')?.row.file).toBe('train.txt');
  });

  it('refuses an entity another row describes differently (the normal import merges it)', () => {
    const graph = new BulkGraph();
    graph.addImplied(entity('Q1', 'train.txt', { summary: 'human' }));
    expect(() => graph.addImplied(entity('Q1', 'valid.txt', { summary: 'city' }))).toThrow(
      BulkRefusal,
    );
    expect(() => graph.addImplied(entity('Q1', 'train.txt', { kind: 'Company' }))).toThrow(
      /described differently/,
    );
  });

  it('writes a repeated fact id once, with the last row, in the first place', () => {
    const graph = new BulkGraph();
    graph.addImplied(entity('Q1', 'f'));
    graph.addImplied(entity('Q2', 'f'));
    graph.addFact(fact('f1', 'Q1', 'Q2', { atDate: '2001' }), { file: 'f' }, false);
    graph.addFact(fact('f2', 'Q2', 'Q1'), { file: 'f' }, false);
    graph.addFact(fact('f1', 'Q1', 'Q2', { atDate: '2002' }), { file: 'f' }, false);
    expect([...graph.relationships.keys()]).toEqual(['f1', 'f2']);
    expect(graph.relationships.get('f1')?.row.props).toEqual({ atDate: '2002' });
  });

  it('leaves out a fact whose end is no entity, as the MATCH of the normal import does', () => {
    const graph = new BulkGraph();
    graph.addImplied(entity('Q1', 'f'));
    graph.addFact(fact('f1', 'Q1', 'Q9'), { file: 'f' }, false);
    expect(graph.relationships.size).toBe(0);
  });

  it('refuses one id for two fact types, and a claim two files write', () => {
    const graph = new BulkGraph();
    graph.addImplied(entity('Q1', 'f'));
    graph.addImplied(entity('Q2', 'f'));
    graph.addFact(fact('f1', 'Q1', 'Q2'), { file: 'a' }, true);
    expect(() =>
      graph.addFact({ ...fact('f1', 'Q1', 'Q2'), type: 'OWNS' }, { file: 'a' }, false),
    ).toThrow('two fact types');
    expect(() => graph.addFact(fact('f1', 'Q1', 'Q2'), { file: 'b' }, true)).toThrow(
      'written by two files',
    );
  });
});

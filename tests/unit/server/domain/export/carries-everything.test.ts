import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../../../server/domain/model';
import { toNodesCsv, toRelationshipsCsv } from '../../../../../server/domain/export/csv';
import { toCypherScript } from '../../../../../server/domain/export/cypher-script';
import { arrayDelimiterFor } from '../../../../../server/domain/export/flatten';
import { toGraphml } from '../../../../../server/domain/export/graphml';

const graph: SerializedGraph = {
  attributes: {
    sources: {
      s1: {
        id: 's1',
        kind: 'news-article',
        title: 'T',
        publisher: 'p',
        published: '2016-05',
      },
    },
  },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: 'a',
      attributes: {
        kind: 'Company',
        name: 'A',
        aliases: ['A; the first'],
        attributes: { year: 1999, big: '9007199254740993', ftm_country: 'de', kind: 'theirs' },
        integers: ['year', 'big'],
        labels: ['Sequel'],
        sourceType: 'Company;Movie',
      },
    },
    { key: 'p', attributes: { kind: 'Publication', name: 'P', aliases: [] } },
  ],
  edges: [
    {
      key: 'f1',
      source: 'p',
      target: 'a',
      attributes: {
        type: 'OWNS',
        time: {},
        attributes: { amount: 100, share: 0.5, count: 3 },
        integers: ['count'],
        sources: [{ source: 's1' }],
      },
    },
  ],
};

describe('exports carry everything the graph holds (issue 13)', () => {
  it('CSV: attributes typed, extra labels, sources and publisher links, a safe array delimiter', () => {
    expect(arrayDelimiterFor(graph)).toBe('|');
    const nodes = toNodesCsv(graph).split('\n');
    expect(nodes[0]).toContain('year:long');
    expect(nodes[0]).toContain('big:long');
    expect(nodes[0]).toContain('attr_kind');
    expect(nodes[0]).toContain('ftm_country');
    expect(nodes[1]).toMatch(/^a,Entity\|Company\|Sequel,/);
    expect(nodes[1]).toContain('9007199254740993');
    expect(nodes[1]).toContain('A; the first');
    expect(nodes[3]).toMatch(/^s1,Source,news-article,/);
    const rels = toRelationshipsCsv(graph).split('\n');
    expect(rels[0]).toContain('count:long');
    expect(rels[0]).toContain('amount:double');
    expect(rels[2]).toMatch(/^s1,p,PUBLISHED_BY/);
  });

  it('Cypher: MERGE on ids, INTEGERs as digits, floats with a point, extra labels', () => {
    const script = toCypherScript(graph);
    expect(script).toContain('n:Company, n:Sequel');
    expect(script).toContain('year: 1999,');
    expect(script).toContain('big: 9007199254740993');
    expect(script).toContain('amount: 100.0');
    expect(script).toContain('count: 3');
    expect(script).toContain("attr_kind: 'theirs'");
    expect(script).not.toMatch(/\bCREATE \(/);
  });

  it('GraphML: long and double keys, labels, sources as nodes, publisher links as edges', () => {
    const xml = toGraphml(graph);
    expect(xml).toContain('attr.name="year" attr.type="long"');
    expect(xml).toContain('attr.name="amount" attr.type="double"');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      graphml: { graph: { node: { '@_id': string }[]; edge: { '@_source': string }[] } };
    };
    expect(parsed.graphml.graph.node.map((n) => n['@_id'])).toEqual(['a', 'p', 's1']);
    expect(parsed.graphml.graph.edge.map((e) => e['@_source'])).toEqual(['p', 's1']);
    expect(xml).toContain(':Entity:Company:Sequel');
  });
});

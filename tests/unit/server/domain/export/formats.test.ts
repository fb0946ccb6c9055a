import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../../../server/domain/model';
import { csvCell, toNodesCsv, toRelationshipsCsv } from '../../../../../server/domain/export/csv';
import { cypherString, toCypherScript } from '../../../../../server/domain/export/cypher-script';
import { toGraphml } from '../../../../../server/domain/export/graphml';
import { xmlError } from '../../../../support/xml';

const graph: SerializedGraph = {
  attributes: { sources: {} },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: 'a',
      attributes: { kind: 'Brand', name: '=HYPERLINK("http://x")', aliases: ['A & B', '<tag>'] },
    },
    { key: 'b', attributes: { kind: 'Company', name: 'O\'Brien, "Ltd"', aliases: [] } },
  ],
  edges: [
    {
      key: 'f1',
      source: 'b',
      target: 'a',
      attributes: {
        type: 'OWNS',
        time: { start: { date: '2015', precision: 'year' } },
        attributes: { share: 0.5, note: '+1 @mention' },
        sources: [{ source: 's1' }],
      },
    },
  ],
};

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it("writes neo4j-admin import's headers with typed columns", () => {
    const nodes = toNodesCsv(graph).split('\n');
    expect(nodes[0]).toBe('id:ID,:LABEL,kind,name,aliases:string[]');
    expect(nodes[1]).toBe(`a,Entity;Brand,Brand,"'=HYPERLINK(""http://x"")",A & B;<tag>`);
    const rels = toRelationshipsCsv(graph).split('\n');
    expect(rels[0]).toMatch(
      /^:START_ID,:END_ID,:TYPE,id,sourceIds:string\[\],citations,startDate,/,
    );
    expect(rels[0]).toContain('share:double');
    expect(rels[1]).toMatch(/^b,a,OWNS,f1,/);
    expect(rels[1]).toContain("'+1 @mention");
  });
});

describe('GraphML export', () => {
  it('is well-formed XML with every node, edge and escaped value', () => {
    const xml = toGraphml(graph);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      graphml: {
        graph: { node: { '@_id': string }[]; edge: { '@_source': string; '@_target': string } };
      };
    };
    expect(parsed.graphml.graph.node.map((n) => n['@_id'])).toEqual(['a', 'b']);
    expect(parsed.graphml.graph.edge['@_source']).toBe('b');
    expect(xml).toContain('&lt;tag&gt;');
    expect(xml).not.toContain('<tag>');
  });

  it('stays well-formed with names holding U+000B, U+202E and U+200B (a conformant parser)', () => {
    const awkward: SerializedGraph = {
      ...graph,
      nodes: [
        { key: 'a', attributes: { kind: 'Brand', name: 'Tab\u000Bbed', aliases: ['\u202Eevil'] } },
        { key: 'b', attributes: { kind: 'Company', name: 'Zero\u200Bwidth', aliases: [] } },
      ],
    };
    expect(xmlError('<a>x\u000By</a>')).toMatch(/disallowed character/);
    const xml = toGraphml(awkward);
    expect(xmlError(xml)).toBeUndefined();
    expect(xml).toContain('>Tabbed<');
    expect(xml).toContain('\u202Eevil');
    expect(xml).toContain('Zero\u200Bwidth');
  });
});

describe('Cypher script export', () => {
  it('escapes strings as Cypher literals', () => {
    expect(cypherString("O'Brien \\ \n")).toBe("'O\\'Brien \\\\ \\n'");
    expect(cypherString('x\u0000y')).toBe("'x\\u0000y'");
  });

  it('writes labels and types only from the allowlist', () => {
    const hostile: SerializedGraph = {
      ...graph,
      nodes: [
        ...graph.nodes,
        {
          key: 'c',
          attributes: {
            kind: 'Brand})-[:X]->(n) DETACH DELETE n //' as 'Brand',
            name: 'c',
            aliases: [],
          },
        },
      ],
    };
    const script = toCypherScript(hostile);
    expect(script).not.toContain('DETACH DELETE');
    expect(script).toContain("SET n:Brand, n += {id: 'a'");
    expect(script).toContain('CREATE (a)-[:OWNS {');
  });

  it('types time bounds as dates for neo4j-admin import, as the loader stores them', () => {
    const header = toRelationshipsCsv(graph).split('\n')[0] ?? '';
    expect(header).toContain(',startPrecision,startEarliest:date,startLatest:date,');
  });

  it('writes time bounds as DATE values, as the loader stores them', () => {
    const script = toCypherScript(graph);
    expect(script).toContain("startEarliest: date('2015-01-01'), startLatest: date('2015-12-31')");
    expect(script).toContain("startDate: '2015'");
  });
});

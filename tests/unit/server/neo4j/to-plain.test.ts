import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { asText, toPlain } from '../../../../server/neo4j/to-plain';

describe('toPlain', () => {
  it('keeps strings, booleans and finite numbers; null for the rest', () => {
    expect(toPlain('x')).toBe('x');
    expect(toPlain(true)).toBe(true);
    expect(toPlain(2.5)).toBe(2.5);
    expect(toPlain(Number.NaN)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(Symbol('s'))).toBeNull();
    expect(toPlain(() => 1)).toBeNull();
  });

  it('turns driver integers into numbers, or text outside the safe range', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(10n)).toBe(10);
  });

  it('writes temporal values as ISO text', () => {
    expect(toPlain(new neo4j.types.Date(2016, 5, 4))).toBe('2016-05-04');
    expect(toPlain(new neo4j.types.Duration(1, 2, 0, 0))).toBe('P1M2DT');
  });

  it('converts lists and maps deeply, driver values inside them too', () => {
    expect(
      toPlain({ a: [neo4j.int(1), { b: new neo4j.types.Date(2015, 1, 2) }], c: null }),
    ).toEqual({ a: [1, { b: '2015-01-02' }], c: null });
  });

  it('writes nodes, relationships and paths as plain objects', () => {
    const a = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Company'], { id: 'kering' }, 'e1');
    const b = new neo4j.types.Node(neo4j.int(2), ['Entity'], { id: 'gucci' }, 'e2');
    const r = new neo4j.types.Relationship(
      neo4j.int(3),
      neo4j.int(1),
      neo4j.int(2),
      'OWNS',
      { since: neo4j.int(1999) },
      'r3',
      'e1',
      'e2',
    );
    expect(toPlain(a)).toEqual({ labels: ['Entity', 'Company'], properties: { id: 'kering' } });
    expect(toPlain(r)).toEqual({ type: 'OWNS', properties: { since: 1999 } });
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(toPlain(path)).toEqual([{ type: 'OWNS', properties: { since: 1999 } }]);
  });
});

describe('asText', () => {
  it('keeps text and writes anything else as JSON', () => {
    expect(asText('a')).toBe('a');
    expect(asText(3)).toBe('3');
    expect(asText(undefined)).toBe('');
  });
});

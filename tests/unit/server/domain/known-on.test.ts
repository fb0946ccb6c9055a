// "As known on" a day: the earliest revision after the day gives a record's state then.
import { describe, expect, it } from 'vitest';
import {
  graphAsKnown,
  isEmptyOverlay,
  knownBefore,
  knownOverlay,
  missingEnds,
  type RevisionAfter,
} from '../../../../server/domain/known-on';
import type { Entity, Fact, SerializedGraph } from '../../../../server/domain/model';

const ent = (id: string, name: string): Entity => ({ id, kind: 'Company', name, aliases: [] });
const fct = (id: string, subject: string, object: string, type = 'OWNS'): Fact => ({
  id,
  type,
  subject,
  object,
  time: {},
  attributes: {},
  sources: [{ source: 's1' }],
});
const rev = (seq: number, target: string, targetId: string, before: unknown): RevisionAfter => ({
  seq,
  target,
  targetId,
  before: before === null ? null : JSON.stringify(before),
});
const node = (e: Entity) => {
  const { id, ...attributes } = e;
  return { key: id, attributes };
};
const edge = (f: Fact) => {
  const { id, subject, object, ...attributes } = f;
  return { key: id, source: subject, target: object, attributes };
};
const graph = (entities: Entity[], facts: Fact[]): SerializedGraph => ({
  attributes: { sources: {} },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: entities.map(node),
  edges: facts.map(edge),
});

describe('knownBefore', () => {
  it('is the first instant of the next day, UTC, across month and leap-year ends', () => {
    expect(knownBefore('2016-06-01')).toBe('2016-06-02T00:00:00.000Z');
    expect(knownBefore('2016-02-29')).toBe('2016-03-01T00:00:00.000Z');
    expect(knownBefore('2016-12-31')).toBe('2017-01-01T00:00:00.000Z');
    expect(() => knownBefore('2016-02-30')).toThrow(RangeError);
  });
});

describe('knownOverlay', () => {
  it("takes each record's earliest revision after the day, whatever the row order", () => {
    const o = knownOverlay([
      rev(9, 'entity', 'a', ent('a', 'Later')),
      rev(4, 'entity', 'a', ent('a', 'Then')),
      rev(5, 'fact', 'f', null),
      rev(6, 'file', 'x.json', null),
      rev(7, 'fact', 'g', { broken: true }),
    ]);
    expect(o.entities.get('a')?.attributes.name).toBe('Then');
    expect(o.facts.get('f')).toBeNull();
    expect(o.facts.get('g')).toBeNull();
    expect(o.entities.has('x.json')).toBe(false);
    expect(isEmptyOverlay(knownOverlay([]))).toBe(true);
  });
});

describe('graphAsKnown', () => {
  const now = graph(
    [ent('a', 'A new'), ent('b', 'B'), ent('c', 'C')],
    [fct('f1', 'a', 'b'), fct('f2', 'b', 'c')],
  );

  it('replaces changed records, drops unrecorded ones, restores retracted ones', () => {
    const o = knownOverlay([
      rev(1, 'entity', 'a', ent('a', 'A old')),
      rev(2, 'fact', 'f2', null),
      rev(3, 'fact', 'f0', fct('f0', 'a', 'c')),
      rev(4, 'entity', 'c', null),
    ]);
    const then = graphAsKnown(now, o);
    expect(then.nodes.map((n) => [n.key, n.attributes.name])).toEqual([
      ['a', 'A old'],
      ['b', 'B'],
    ]);
    // f2 was not recorded; f0 is back but its end c was not recorded either.
    expect(then.edges.map((e) => e.key)).toEqual(['f1']);
  });

  it('puts back only what extend accepts, and names the ends still to read', () => {
    const o = knownOverlay([rev(1, 'fact', 'f9', fct('f9', 'b', 'z', 'SUED'))]);
    const skip = graphAsKnown(now, o, { edge: (e) => e.attributes.type === 'OWNS' });
    expect(skip.edges.map((e) => e.key)).toEqual(['f1', 'f2']);
    const restored = [...o.facts.values()].flatMap((e) => (e ? [e] : []));
    expect(missingEnds(restored, new Set(['a', 'b', 'c']))).toEqual(['z']);
  });
});

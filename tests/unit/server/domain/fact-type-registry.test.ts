// A registry of fact types is an object: each app, explorer and embed has its own, and what one
// learns the others do not see.
import { describe, expect, it } from 'vitest';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';
import { factSentence } from '../../../../server/domain/sentences';
import { statesByClaim } from '../../../../server/domain/snapshot';
import { FACT_TYPES } from '../../../../server/domain/vocabulary';
import type { GraphEdge } from '../../../../server/domain/model';

const DIRECTOR_OF = {
  name: 'DIRECTOR_OF',
  label: 'director of',
  verb: 'was a director of',
  shape: 'state',
} as const;

describe('FactTypeRegistry', () => {
  it('describes built-in types from the code and unknown ones from their names', () => {
    const registry = new FactTypeRegistry();
    expect(registry.lookup('OWNS')).toEqual(FACT_TYPES.OWNS);
    expect(registry.lookup('HEADQUARTERS_LOCATION')).toEqual({
      shape: 'event',
      label: 'headquarters location',
      verb: 'headquarters location',
    });
    expect(registry.known().map((t) => t.name)).toEqual(Object.keys(FACT_TYPES));
  });

  it('learns registered types, lists them after the built-in ones, and knows their shape', () => {
    const registry = new FactTypeRegistry();
    registry.learn([
      { name: 'PAID', label: 'payment', verb: 'paid', shape: 'event' },
      DIRECTOR_OF,
      // A built-in type cannot be redefined by an import.
      { name: 'OWNS', label: 'x', verb: 'x', shape: 'event' },
      // Nor can a name that could not be a relationship type enter it.
      { name: 'OWNS]->()', label: 'x', verb: 'x', shape: 'event' },
    ]);
    expect(registry.lookup('PAID').verb).toBe('paid');
    expect(registry.lookup('OWNS')).toEqual(FACT_TYPES.OWNS);
    const names = registry.known().map((t) => t.name);
    expect(names.slice(0, Object.keys(FACT_TYPES).length)).toEqual(Object.keys(FACT_TYPES));
    expect(names.slice(Object.keys(FACT_TYPES).length)).toEqual(['DIRECTOR_OF', 'PAID']);
    expect(registry.stateTypes()).toContain('DIRECTOR_OF');
    expect(registry.stateTypes()).not.toContain('PAID');
  });

  it('takes types at construction (an embed from its payload), a later word winning', () => {
    const registry = new FactTypeRegistry([{ ...DIRECTOR_OF, verb: 'directed' }]);
    expect(registry.lookup('DIRECTOR_OF').verb).toBe('directed');
    registry.learn([DIRECTOR_OF]);
    expect(registry.lookup('DIRECTOR_OF').verb).toBe('was a director of');
  });

  it('keeps two registries apart: what one learns, the other does not know', () => {
    const one = new FactTypeRegistry();
    const other = new FactTypeRegistry();
    one.learn([DIRECTOR_OF]);
    expect(one.lookup('DIRECTOR_OF')).toEqual({
      shape: 'state',
      verb: 'was a director of',
      label: 'director of',
    });
    expect(other.lookup('DIRECTOR_OF')).toEqual({
      shape: 'event',
      verb: 'director of',
      label: 'director of',
    });
    expect(other.known().map((t) => t.name)).not.toContain('DIRECTOR_OF');
    expect(other.stateTypes()).not.toContain('DIRECTOR_OF');
  });

  it('is what the domain functions read: sentences and states follow the registry given', () => {
    const one = new FactTypeRegistry([DIRECTOR_OF]);
    const other = new FactTypeRegistry();
    const fact = { type: 'DIRECTOR_OF', subject: 'a', object: 'b', time: {} };
    const nameOf = (id: string): string => id.toUpperCase();
    expect(factSentence(fact, nameOf, one)).toBe('A was a director of B.');
    expect(factSentence(fact, nameOf, other)).toBe('A director of B.');
    const edges: GraphEdge[] = [
      {
        key: 'd1',
        source: 'a',
        target: 'b',
        attributes: {
          type: 'DIRECTOR_OF',
          time: { start: { date: '2016-01-01', precision: 'day' } },
          attributes: {},
          sources: [{ source: 's' }],
        },
      },
    ];
    expect([...statesByClaim(edges, one).keys()]).toEqual(['d1']);
    expect([...statesByClaim(edges, other).keys()]).toEqual([]);
  });
});

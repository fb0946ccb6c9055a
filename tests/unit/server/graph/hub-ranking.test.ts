// The hub list's order: most facts first, ties by name, then id.
import { describe, expect, it } from 'vitest';
import { rankHubs } from '../../../../server/graph/hub-ranking';

describe('rankHubs', () => {
  it('ranks by facts, then name, then id, without changing its input', () => {
    const hubs = [
      { id: 'e3', name: 'Zeta', kind: 'Company', facts: 4 },
      { id: 'e2', name: 'Alpha', kind: 'Company', facts: 4 },
      { id: 'e9', name: 'Mid', kind: 'Person', facts: 12 },
      { id: 'e1', name: 'Alpha', kind: 'Brand', facts: 4 },
    ] as const;
    expect(rankHubs(hubs).map((h) => h.id)).toEqual(['e9', 'e1', 'e2', 'e3']);
    expect(hubs[0].id).toBe('e3');
  });
});

// The communities view's layout: discs sized by members, apart, the same on every run; an open
// community as a ring of its members with the best-connected spread around it.
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../../server/domain/model';
import type { CommunitiesAnswer } from '../../../../server/domain/api';
import {
  clusterRadius,
  communityScene,
  ringSlots,
  shortLabel,
  LABEL_CHARS,
} from '../../../../client/src/graph/community-layout';

const answer: CommunitiesAnswer = {
  communities: [40, 25, 10, 3].map((size, i) => ({
    id: `c${i}`,
    label: `Community ${i}`,
    size,
    facts: size,
    hubs: [],
  })),
  links: [
    { source: 'c0', target: 'c1', facts: 4 },
    { source: 'c1', target: 'c2', facts: 1 },
  ],
  total: { communities: 4, entities: 78, pairs: 90, truncated: false },
  modularity: 0.5,
};

function members(n: number): SerializedGraph {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return {
    attributes: { sources: {} },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: ids.map((key) => ({ key, attributes: { kind: 'Company', name: key, aliases: [] } })),
    // m0 linked to all, so it is the best-connected member.
    edges: ids.slice(1).map((id, i) => ({
      key: `f${i}`,
      source: 'm0',
      target: id,
      attributes: { type: 'ACQUIRED', time: {}, sources: [], attributes: {} },
    })),
  };
}

describe('communityScene', () => {
  it('draws one disc per community, area by members, none overlapping', () => {
    const scene = communityScene(answer, new Map());
    const discs = scene.shapes.filter((s) => s.role === 'cluster');
    expect(discs.map((d) => d.key)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(discs[0]?.r).toBeCloseTo(clusterRadius(40, 40));
    expect(discs.map((d) => d.r)).toEqual([...discs.map((d) => d.r)].sort((a, b) => b - a));
    for (const a of discs)
      for (const b of discs)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
    expect(scene.lines).toHaveLength(2);
  });

  it('is the same on every run (seeded simulation)', () => {
    expect(communityScene(answer, new Map())).toEqual(communityScene(answer, new Map()));
  });

  it('opens a community into a ring of its members with their facts', () => {
    const scene = communityScene(answer, new Map([['c1', members(20)]]));
    const ring = scene.shapes.filter((s) => s.role === 'member');
    expect(ring).toHaveLength(20);
    expect(ring.every((m) => m.community === 'c1')).toBe(true);
    expect(ring.filter((m) => m.labelled)).toHaveLength(12);
    const c1 = scene.shapes.find((s) => s.key === 'c1');
    const radii = ring.map((m) => Math.hypot(m.x - (c1?.x ?? 0), m.y - (c1?.y ?? 0)));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-6);
    expect(scene.lines.filter((l) => l.source.role === 'member')).toHaveLength(19);
  });
});

describe('ringSlots', () => {
  it('spreads the labelled members evenly and gives every slot once', () => {
    const slots = ringSlots(24, 6);
    expect(slots.slice(0, 6)).toEqual([0, 4, 8, 12, 16, 20]);
    expect([...slots].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(ringSlots(3, 12)).toEqual([0, 1, 2]);
  });
});

describe('shortLabel', () => {
  it('cuts a long label with an ellipsis', () => {
    expect(shortLabel('Kering, Gucci, YSL')).toBe('Kering, Gucci, YSL');
    const long = shortLabel('x'.repeat(80));
    expect(long).toHaveLength(LABEL_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

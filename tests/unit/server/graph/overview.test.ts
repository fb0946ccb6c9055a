import { describe, expect, it } from 'vitest';
import {
  chooseOverview,
  neighboursPerHub,
  type HubRow,
  type LinkRow,
} from '../../../../server/graph/overview';

/** A star-shaped graph: `hubs` acquirers, each with `leaves` acquired entities of degree 1. */
function star(hubs: number, leaves: number): { hubs: HubRow[]; links: LinkRow[] } {
  const hubRows = Array.from({ length: hubs }, (_, h) => ({ id: `h${h}`, degree: leaves - h }));
  const links = hubRows.flatMap((h) =>
    Array.from({ length: leaves - Number(h.id.slice(1)) }, (_, i) => ({
      hub: h.id,
      id: `${h.id}-leaf${i}`,
      degree: 1,
      links: 1,
    })),
  );
  return { hubs: hubRows, links };
}

describe('chooseOverview', () => {
  it('keeps every hub of a star-shaped graph, each with its own neighbours, within the cap', () => {
    const { hubs, links } = star(40, 100);
    const choice = chooseOverview(hubs, links, 300);
    expect(choice.entities).toHaveLength(300);
    expect(choice.hubs).toEqual(hubs.map((h) => h.id));
    expect(choice.entities.slice(0, 40)).toEqual(choice.hubs);
    // Turns: each hub brings the same number of neighbours, give or take one.
    const per = hubs.map((h) => choice.entities.filter((e) => e.startsWith(`${h.id}-`)).length);
    expect(Math.max(...per) - Math.min(...per)).toBeLessThanOrEqual(1);
    expect(Math.min(...per)).toBeGreaterThanOrEqual(6);
  });

  it('draws no entity without a fact: each neighbour comes with its hub', () => {
    const { hubs, links } = star(10, 30);
    const choice = chooseOverview(hubs, links, 120);
    const hubSet = new Set(choice.hubs);
    for (const id of choice.entities) {
      if (hubSet.has(id)) continue;
      expect(links.some((l) => l.id === id && hubSet.has(l.hub))).toBe(true);
    }
  });

  it('takes the best-connected neighbour first and does not draw a shared one twice', () => {
    const hubs = [
      { id: 'a', degree: 5 },
      { id: 'b', degree: 4 },
    ];
    const links: LinkRow[] = [
      { hub: 'a', id: 'x', degree: 1, links: 1 },
      { hub: 'a', id: 'shared', degree: 9, links: 1 },
      { hub: 'b', id: 'shared', degree: 9, links: 2 },
      { hub: 'b', id: 'y', degree: 2, links: 1 },
      { hub: 'a', id: 'b', degree: 4, links: 1 },
    ];
    expect(chooseOverview(hubs, links, 4).entities).toEqual(['a', 'b', 'shared', 'y']);
    expect(chooseOverview(hubs, links, 10).entities).toEqual(['a', 'b', 'shared', 'y', 'x']);
  });

  it('leaves out hubs without facts and refuses a cap that is not a positive integer', () => {
    expect(chooseOverview([{ id: 'lonely', degree: 0 }], [], 5)).toEqual({
      hubs: [],
      entities: [],
    });
    expect(() => chooseOverview([], [], 0)).toThrow(/invalid maxEntities: 0/);
  });
});

describe('neighboursPerHub', () => {
  it('reads enough neighbours per hub to fill the cap even when half are shared', () => {
    expect(neighboursPerHub(40, 300)).toBe(14);
    expect(neighboursPerHub(0, 300)).toBe(0);
  });
});

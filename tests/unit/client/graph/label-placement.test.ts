import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels } from '../../../../client/src/graph/label-placement';
import { prominentIds } from '../../../../client/src/graph/prominence';

describe('placeLabels', () => {
  it('puts a lone label below its node, as the drawing always did', () => {
    const item = { id: 'a', x: 0, y: 0, radius: 10, width: 60, height: 11 };
    expect(placeLabels([item]).get('a')).toEqual({ dx: 0, dy: 21 });
  });

  it('moves crowded labels to free spots so that none covers another', () => {
    // Twenty hubs in a tight row: every label below would cover its neighbours'.
    const items = Array.from({ length: 20 }, (_, i) => ({
      id: `h${i}`,
      x: (i % 5) * 40,
      y: Math.floor(i / 5) * 90,
      radius: 8,
      width: 70,
      height: 11,
    }));
    const offsets = placeLabels(items);
    const boxes = items.map((item) => labelBox(item, offsets.get(item.id) ?? { dx: 0, dy: 0 }));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${items[i]?.id} and ${items[j]?.id}`).toBe(false);
      }
    }
  });
});

describe('prominentIds', () => {
  it('takes the overview hubs first, in order, then the best-connected, capped', () => {
    const nodes = [
      { id: 'a', degree: 1 },
      { id: 'b', degree: 9 },
      { id: 'c', degree: 3 },
      { id: 'hub', degree: 2 },
    ];
    expect(prominentIds(nodes, ['hub', 'gone'], 3)).toEqual(['hub', 'b', 'c']);
    expect(prominentIds(nodes)).toEqual(['b', 'c', 'hub', 'a']);
  });
});

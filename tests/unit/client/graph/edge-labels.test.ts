// Fact labels: parallel facts share one label with their count; crowded labels are left out.
import { describe, expect, it } from 'vitest';
import { crowdedLabels, pairLabels, pairText } from '../../../../client/src/graph/edge-labels';

const link = (id: string, s: string, t: string, curve: number) => ({
  id,
  source: { id: s },
  target: { id: t },
  curve,
});

describe('pairLabels', () => {
  it('groups facts between the same two entities, either way, led by the straightest', () => {
    const labels = pairLabels([
      link('a', 'kering', 'alibaba', -1),
      link('b', 'alibaba', 'kering', 0),
      link('c', 'kering', 'alibaba', 1),
      link('d', 'kering', 'gucci', 0),
    ]);
    expect(labels.get('b')).toEqual({ lead: true, count: 3 });
    expect(labels.get('a')).toEqual({ lead: false, count: 3 });
    expect(labels.get('d')).toEqual({ lead: true, count: 1 });
  });

  it('keeps each self-relation alone', () => {
    const labels = pairLabels([link('x', 'a', 'a', 0), link('y', 'a', 'a', 1)]);
    expect(labels.get('y')).toEqual({ lead: true, count: 1 });
  });

  it('says how many facts a group stands for', () => {
    expect(pairText(7, 'sued')).toBe('7 facts');
    expect(pairText(1, 'sued')).toBe('sued');
  });
});

describe('crowdedLabels', () => {
  const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
  it('leaves out a label that covers an entity label or a label kept before it', () => {
    const out = crowdedLabels(
      [
        { id: 'first', box: box(0, 0, 50, 10) },
        { id: 'covers-first', box: box(40, 2, 90, 12) },
        { id: 'on-entity', box: box(200, 200, 240, 210) },
        { id: 'apart', box: box(100, 100, 140, 110) },
        { id: 'touching', box: box(48, 0, 98, 10) },
      ],
      [box(230, 195, 300, 215)],
    );
    expect([...out].sort()).toEqual(['covers-first', 'on-entity']);
  });
});

import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../../../client/src/graph/keyboard';

const nodes = [
  { id: 'centre', x: 0, y: 0 },
  { id: 'right-near', x: 50, y: 10 },
  { id: 'right-far', x: 200, y: 0 },
  { id: 'up', x: 5, y: -80 },
  { id: 'diagonal', x: 60, y: 100 },
];
const centre = nodes[0] ?? { id: '', x: 0, y: 0 };

describe('nearestInDirection', () => {
  it('moves to the nearest entity roughly in the arrow direction', () => {
    expect(nearestInDirection(nodes, centre, 'ArrowRight')?.id).toBe('right-near');
    expect(nearestInDirection(nodes, centre, 'ArrowUp')?.id).toBe('up');
    expect(nearestInDirection(nodes, centre, 'ArrowDown')?.id).toBe('diagonal');
  });

  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection(nodes, centre, 'ArrowLeft')).toBeUndefined();
  });
});

// "Show only this entity and its neighbours" (and theirs): what the focus action makes the view.
import { describe, expect, it } from 'vitest';
import { canUndo, reduce } from '../../../../../client/src/explorer/state/reducer';
import { LIMITS } from '../../../../../server/domain/limits';
import { graph, stateWith } from './fixtures';

const loaded = graph(
  ['kering', 'gucci', 'alibaba', 'iacc'],
  [
    ['f1', 'kering', 'gucci'],
    ['f2', 'kering', 'alibaba'],
    ['f3', 'gucci', 'iacc'],
  ],
);

describe('focus', () => {
  it('shows only an entity and its neighbours: its neighbourhood, selected, undoable', () => {
    const next = reduce(stateWith({ hidden: ['iacc'] }, loaded), {
      type: 'focus',
      id: 'gucci',
      depth: 1,
    });
    expect(next.view).toMatchObject({
      scope: 'expanded',
      expanded: ['gucci'],
      hidden: [],
      selected: { kind: 'entity', id: 'gucci' },
    });
    expect(canUndo(next)).toBe(true);
  });

  it('adds the neighbours’ neighbourhoods at depth 2', () => {
    const next = reduce(stateWith({}, loaded), { type: 'focus', id: 'gucci', depth: 2 });
    expect(next.view.expanded).toEqual(['gucci', 'kering', 'iacc']);
  });

  it('keeps to LIMITS.expandedPerView and says so', () => {
    const many = Array.from({ length: LIMITS.expandedPerView + 3 }, (_, i) => `n${i}`);
    const star = graph(
      ['hub', ...many],
      many.map((id, i) => [`f${i}`, 'hub', id] as const),
    );
    const next = reduce(stateWith({}, star), { type: 'focus', id: 'hub', depth: 2 });
    expect(next.view.expanded).toHaveLength(LIMITS.expandedPerView);
    expect(next.notice?.text).toMatch(/^Showing the neighbourhoods of \d+ of \d+ entities/);
  });
});

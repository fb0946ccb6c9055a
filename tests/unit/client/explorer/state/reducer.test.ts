// The explorer's reducer without a browser: what each action does to the view, highlights and
// data, the limits, and undo and redo with their cap.
import { describe, expect, it } from 'vitest';
import { EXPANDED_LIMIT_NOTICE } from '../../../../../client/src/explorer/state/apply-action';
import {
  INITIAL_EXPLORER_STATE,
  type ExplorerState,
} from '../../../../../client/src/explorer/state/explorer-state';
import {
  canRedo,
  canUndo,
  reduce,
  UNDO_STEPS,
} from '../../../../../client/src/explorer/state/reducer';
import { LIMITS } from '../../../../../server/domain/limits';
import { graph, stateWith, views } from './fixtures';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `e${i}`);

describe('selecting', () => {
  it('selects a loaded entity and records the view it leaves', () => {
    const before = stateWith();
    const after = reduce(before, { type: 'select', selection: { kind: 'entity', id: 'gucci' } });
    expect(after.view.selected).toEqual({ kind: 'entity', id: 'gucci' });
    expect(after.view.expanded).toEqual([]);
    expect(after.past).toEqual([before.view]);
    expect(canUndo(after)).toBe(true);
  });

  it('expands an entity that is not loaded, so its neighbourhood is read', () => {
    const after = reduce(stateWith(), {
      type: 'select',
      selection: { kind: 'entity', id: 'lvmh' },
    });
    expect(after.view.expanded).toEqual(['lvmh']);
    expect(after.view.selected).toEqual({ kind: 'entity', id: 'lvmh' });
  });

  it('selects but does not expand beyond LIMITS.expandedPerView, and says why', () => {
    const full = stateWith({ expanded: ids(LIMITS.expandedPerView) });
    const after = reduce(full, { type: 'select', selection: { kind: 'entity', id: 'lvmh' } });
    expect(after.view.expanded).toHaveLength(LIMITS.expandedPerView);
    expect(after.view.selected).toEqual({ kind: 'entity', id: 'lvmh' });
    expect(after.notice).toEqual(EXPANDED_LIMIT_NOTICE);
    expect(after.notice?.text).toContain(`at most ${LIMITS.expandedPerView} expanded`);
  });

  it('selects a fact, or nothing, without expanding', () => {
    const fact = reduce(stateWith(), { type: 'select', selection: { kind: 'fact', id: 'f1' } });
    expect(fact.view).toMatchObject({ selected: { kind: 'fact', id: 'f1' }, expanded: [] });
    expect(reduce(fact, { type: 'select', selection: undefined }).view.selected).toBeUndefined();
  });
});

describe('expanding, collapsing and hiding', () => {
  it('expands and selects an entity once; again changes nothing and records nothing', () => {
    const once = reduce(stateWith(), { type: 'expand', id: 'gucci' });
    expect(once.view.expanded).toEqual(['gucci']);
    expect(once.view.selected).toEqual({ kind: 'entity', id: 'gucci' });
    expect(reduce(once, { type: 'expand', id: 'gucci' })).toBe(once);
  });

  it('refuses the expansion past LIMITS.expandedPerView with a notice, and records nothing', () => {
    const full = stateWith({ expanded: ids(LIMITS.expandedPerView) });
    const after = reduce(full, { type: 'expand', id: 'lvmh' });
    expect(after.view).toBe(full.view);
    expect(after.past).toEqual([]);
    expect(after.notice?.error).toBe(true);
    // Each refusal is a new notice, so the status line says it again.
    expect(reduce(after, { type: 'expand', id: 'lvmh' }).notice).not.toBe(after.notice);
  });

  it('collapses an expanded entity', () => {
    const after = reduce(stateWith({ expanded: ['gucci', 'alibaba'] }), {
      type: 'collapse',
      id: 'gucci',
    });
    expect(after.view.expanded).toEqual(['alibaba']);
    expect(after.past).toHaveLength(1);
  });

  it('hides an entity, and unselects it when it was selected', () => {
    const selected = stateWith({ selected: { kind: 'entity', id: 'gucci' } });
    const hidden = reduce(selected, { type: 'hide', id: 'gucci' });
    expect(hidden.view.hidden).toEqual(['gucci']);
    expect(hidden.view.selected).toBeUndefined();
    const other = reduce(selected, { type: 'hide', id: 'kering' });
    expect(other.view.selected).toEqual({ kind: 'entity', id: 'gucci' });
  });
});

describe('filters and time', () => {
  it('applies filter changes and the brushed date range', () => {
    const filtered = reduce(stateWith(), { type: 'filter', change: { hiddenKinds: ['Person'] } });
    expect(filtered.view.hiddenKinds).toEqual(['Person']);
    const ranged = reduce(filtered, { type: 'range', from: '2015-01-01', to: undefined });
    expect(ranged.view).toMatchObject({ from: '2015-01-01', hiddenKinds: ['Person'] });
    expect(ranged.view.to).toBeUndefined();
    expect(ranged.past).toHaveLength(2);
  });

  it('travels to a day, keeping the facts in force it was given for later', () => {
    const day = reduce(stateWith(), { type: 'asOf', day: '2016-05-10', inForce: ['f1'] });
    expect(day.view.asOf).toBe('2016-05-10');
    expect(day.data.inForce).toEqual({ '2016-05-10': ['f1'] });
    const all = reduce(day, { type: 'asOf', day: undefined });
    expect(all.view.asOf).toBeUndefined();
    expect(all.data.inForce).toEqual({ '2016-05-10': ['f1'] });
  });

  it('playing and lanes change without entering the history', () => {
    const playing = reduce(stateWith(), { type: 'playing', playing: true });
    expect(playing.view.playing).toBe(true);
    expect(reduce(playing, { type: 'playing', playing: false }).view.playing).toBeUndefined();
    const lanes = reduce(playing, { type: 'lanes', by: 'type' });
    expect(lanes.lanesBy).toBe('type');
    expect(lanes.past).toEqual([]);
  });

  it('highlights what changed between two days with the loaded entities at their ends', () => {
    const after = reduce(stateWith(), {
      type: 'compare',
      from: '2016-04-01',
      to: '2016-05-15',
      facts: ['f1', 'not-loaded'],
    });
    expect(after.view.compare).toEqual({ from: '2016-04-01', to: '2016-05-15' });
    expect(after.highlight).toEqual({ nodes: ['kering', 'gucci'], edges: ['f1', 'not-loaded'] });
    // Clearing the comparison keeps the highlight, as the explorer always did.
    const cleared = reduce(after, { type: 'clearCompare' });
    expect(cleared.view.compare).toBeUndefined();
    expect(cleared.highlight).toBe(after.highlight);
  });
});

describe('paths and query results', () => {
  it('highlights the paths and adds their entities when some are not loaded', () => {
    const before = stateWith();
    const found = {
      paths: [
        { nodes: ['gucci', 'ebay'], edges: ['f9'] },
        { nodes: ['gucci', 'kering', 'ebay'], edges: ['f1', 'f8'] },
      ],
      graph: graph(['gucci', 'kering', 'ebay'], [['f9', 'gucci', 'ebay']]),
    };
    const after = reduce(before, { type: 'path', from: 'gucci', to: 'ebay', found });
    expect(after.view.path).toEqual({ from: 'gucci', to: 'ebay' });
    expect(after.highlight).toEqual({
      nodes: ['gucci', 'ebay', 'kering'],
      edges: ['f9', 'f1', 'f8'],
    });
    expect(after.data.graph.nodes.map((n) => n.key).sort()).toEqual([
      'alibaba',
      'ebay',
      'gucci',
      'kering',
    ]);
    const loaded = reduce(before, {
      type: 'path',
      from: 'gucci',
      to: 'kering',
      found: { paths: [{ nodes: ['gucci', 'kering'], edges: ['f1'] }], graph: graph(['gucci']) },
    });
    expect(loaded.data.graph).toBe(before.data.graph);
    const cleared = reduce(after, { type: 'clearPath' });
    expect(cleared.view.path).toBeUndefined();
    expect(cleared.highlight).toBeUndefined();
  });

  it('expands at most LIMITS.idsPerRequest of a query result and highlights all of it', () => {
    const entities = ids(LIMITS.idsPerRequest + 5);
    const after = reduce(stateWith(), { type: 'queryResult', entities, facts: ['f1'] });
    expect(after.view.scope).toBe('expanded');
    expect(after.view.expanded).toEqual(entities.slice(0, LIMITS.idsPerRequest));
    expect(after.highlight).toEqual({ nodes: entities, edges: ['f1'] });
  });
});

describe('undo and redo', () => {
  it('undo goes back one view, redo forward again; a new change clears redo', () => {
    const a = stateWith();
    const b = reduce(a, { type: 'hide', id: 'gucci' });
    const c = reduce(b, { type: 'hide', id: 'kering' });
    const undone = reduce(c, { type: 'undo' });
    expect(undone.view).toBe(b.view);
    expect(undone.future).toEqual([c.view]);
    expect(canRedo(undone)).toBe(true);
    const twice = reduce(undone, { type: 'undo' });
    expect(twice.view).toBe(a.view);
    expect(canUndo(twice)).toBe(false);
    expect(reduce(twice, { type: 'undo' })).toBe(twice);
    const redone = reduce(twice, { type: 'redo' });
    expect(redone.view).toBe(b.view);
    expect(redone.past).toEqual([a.view]);
    const changed = reduce(redone, { type: 'hide', id: 'alibaba' });
    expect(changed.future).toEqual([]);
    expect(reduce(changed, { type: 'redo' })).toBe(changed);
  });

  it('keeps at most UNDO_STEPS views back and forward, forgetting the oldest', () => {
    let state: ExplorerState = stateWith();
    const first = state.view;
    for (let i = 0; i < UNDO_STEPS + 10; i += 1)
      state = reduce(state, { type: 'hide', id: `e${i}` });
    expect(state.past).toHaveLength(UNDO_STEPS);
    expect(state.past).not.toContain(first);
    expect(state.past[0]?.hidden).toHaveLength(10);
    for (let i = 0; i < UNDO_STEPS + 10; i += 1) state = reduce(state, { type: 'undo' });
    expect(state.past).toEqual([]);
    expect(state.future).toHaveLength(UNDO_STEPS);
    expect(state.view.hidden).toHaveLength(10);
  });

  it('redo past a full history keeps UNDO_STEPS views back', () => {
    const full = views(UNDO_STEPS);
    const state: ExplorerState = { ...stateWith(), past: full, future: views(1) };
    const redone = reduce(state, { type: 'redo' });
    expect(redone.past).toHaveLength(UNDO_STEPS);
    expect(redone.past.at(-1)).toBe(state.view);
  });
});

describe('data and restoring', () => {
  it('restores a view from the address: asked for afresh, the loaded graph kept to draw from', () => {
    const before = stateWith({ expanded: ['gucci'] });
    const view = { ...before.view, expanded: ['kering'] };
    const after = reduce(before, { type: 'restore', view });
    expect(after.view).toBe(view);
    expect(after.data.key).toBeUndefined();
    expect(after.data.graph).toBe(before.data.graph);
    expect(after.past).toEqual([]);
  });

  it('takes a loaded graph, a failed load (with its words) and the facts in force on a day', () => {
    const g = graph(['x']);
    const loaded = reduce(INITIAL_EXPLORER_STATE, {
      type: 'loaded',
      key: 'all|',
      graph: g,
      firstViewNote: ' (an overview)',
    });
    expect(loaded.data).toMatchObject({ key: 'all|', graph: g, firstViewNote: ' (an overview)' });
    const failed = reduce(loaded, { type: 'loadFailed', key: 'all|y', message: 'down' });
    expect(failed.data.failed).toBe('all|y');
    expect(failed.notice).toEqual({ text: 'Could not load the graph: down', error: true });
    const day = reduce(failed, { type: 'inForce', day: '2016-01-01', facts: ['f'] });
    expect(day.data.inForce['2016-01-01']).toEqual(['f']);
    const lost = reduce(day, { type: 'inForce', day: '2017-01-01', facts: undefined });
    expect(lost.data.failedDays).toEqual(['2017-01-01']);
  });

  it('never changes the state it is given', () => {
    const state = stateWith({ expanded: ['gucci'] });
    const copy = structuredClone(state);
    let s = reduce(state, { type: 'expand', id: 'kering' });
    s = reduce(s, { type: 'hide', id: 'gucci' });
    s = reduce(s, { type: 'undo' });
    s = reduce(s, { type: 'compare', from: '2016-01-01', to: '2016-02-01', facts: ['f1'] });
    expect(s.view.expanded).toEqual(['gucci', 'kering']);
    expect(state).toEqual(copy);
  });
});

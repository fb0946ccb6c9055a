// The store is the one way to change the explorer's state: every action, run through it, goes
// through the history cap and the address, and nothing else in the client can write either.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FROM_ADDRESS,
  HISTORY_ROLE,
  type ExplorerAction,
} from '../../../../../client/src/explorer/state/actions';
import type { ExplorerState } from '../../../../../client/src/explorer/state/explorer-state';
import { UNDO_STEPS } from '../../../../../client/src/explorer/state/reducer';
import { ExplorerStore } from '../../../../../client/src/explorer/state/store';
import type { ViewState } from '../../../../../client/src/explorer/view-state';
import { encodeState } from '../../../../../client/src/explorer/view-state';
import { PROJECT_ROOT } from '../../../../../server/config';
import { EVERY_ACTION, stateWith, views } from './fixtures';

/** A store over `initial` that records every address it writes. */
function recording(initial: ExplorerState): { store: ExplorerStore; written: ViewState[] } {
  const written: ViewState[] = [];
  return { store: new ExplorerStore((view) => written.push(view), initial), written };
}

/** A state with a full history both ways, a loaded graph, a selection and an expansion. */
function busyState(): ExplorerState {
  return {
    ...stateWith({ expanded: ['gucci'], selected: { kind: 'entity', id: 'gucci' } }),
    past: views(UNDO_STEPS),
    future: views(UNDO_STEPS),
  };
}

const actions = Object.values(EVERY_ACTION) as ExplorerAction[];

describe('the explorer store', () => {
  it('has an example of every action (the compiler checks the list is complete)', () => {
    expect(actions.map((a) => a.type).sort()).toEqual(Object.keys(HISTORY_ROLE).sort());
  });

  it.each(actions.filter((a) => HISTORY_ROLE[a.type] === 'record'))(
    'records "$type" within UNDO_STEPS and writes its view to the address',
    (action) => {
      const before = busyState();
      const { store, written } = recording(before);
      store.dispatch(action);
      const after = store.getState();
      expect(after.view).not.toBe(before.view);
      expect(after.past).toHaveLength(UNDO_STEPS);
      expect(after.past.at(-1)).toBe(before.view);
      expect(after.past[0]).toBe(before.past[1]);
      expect(after.future).toEqual([]);
      expect(written).toEqual([after.view]);
      expect(encodeState(written[0] ?? before.view)).toBe(encodeState(after.view));
    },
  );

  it.each(actions.filter((a) => ['undo', 'redo'].includes(HISTORY_ROLE[a.type])))(
    '"$type" moves through the history within UNDO_STEPS and writes the address',
    (action) => {
      const before = busyState();
      const { store, written } = recording(before);
      store.dispatch(action);
      const after = store.getState();
      const moved = action.type === 'undo' ? before.past.at(-1) : before.future[0];
      expect(after.view).toBe(moved);
      expect(after.past.length).toBeLessThanOrEqual(UNDO_STEPS);
      expect(after.future.length).toBeLessThanOrEqual(UNDO_STEPS);
      expect(written).toEqual([moved]);
    },
  );

  it.each(actions.filter((a) => HISTORY_ROLE[a.type] === 'none'))(
    '"$type" leaves the history alone, and writes the address only if it changed the view',
    (action) => {
      const before = busyState();
      const { store, written } = recording(before);
      store.dispatch(action);
      const after = store.getState();
      expect(after.past).toBe(before.past);
      expect(after.future).toBe(before.future);
      const changed = after.view !== before.view;
      expect(written).toEqual(changed && !FROM_ADDRESS.has(action.type) ? [after.view] : []);
    },
  );

  it('never writes back a view read from the address', () => {
    const { store, written } = recording(busyState());
    store.dispatch(EVERY_ACTION.restore);
    expect(store.getState().view).toBe(EVERY_ACTION.restore.view);
    expect(written).toEqual([]);
  });

  it('writes nothing for an action that changes nothing (an entity already expanded)', () => {
    const before = busyState();
    const { store, written } = recording(before);
    store.dispatch({ type: 'expand', id: 'gucci' });
    expect(store.getState()).toBe(before);
    expect(written).toEqual([]);
  });

  it('tells every subscriber of an action before running one a subscriber dispatched', () => {
    const { store } = recording(busyState());
    const seen: string[] = [];
    store.subscribe((_state, _previous, action) => {
      seen.push(`first:${action.type}`);
      if (action.type === 'hide') store.dispatch({ type: 'lanes', by: 'type' });
    });
    const stop = store.subscribe((_state, _previous, action) => seen.push(`second:${action.type}`));
    store.dispatch({ type: 'hide', id: 'kering' });
    expect(seen).toEqual(['first:hide', 'second:hide', 'first:lanes', 'second:lanes']);
    stop();
    store.dispatch({ type: 'undo' });
    expect(seen.at(-1)).toBe('first:undo');
  });

  it('holds plain data: the state after every action survives a JSON round trip', () => {
    const { store } = recording(busyState());
    for (const action of actions) {
      store.dispatch(action);
      const state = store.getState();
      // toEqual ignores keys set to undefined, which JSON drops; Sets, Maps or Dates would fail.
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    }
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('one place for history, limits and the address', () => {
  const client = sources(join(PROJECT_ROOT, 'client', 'src')).map((path) => ({
    file: relative(PROJECT_ROOT, path).split('\\').join('/'),
    // Code only: comments may name the cap or the address.
    text: readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
      .join('\n'),
  }));
  const filesWith = (pattern: RegExp): string[] =>
    client.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

  it('only the reducer reads the undo cap, and only the store calls the reducer', () => {
    expect(filesWith(/\bUNDO_STEPS\b/)).toEqual(['client/src/explorer/state/reducer.ts']);
    const importing = (name: string, from: string): RegExp =>
      new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '[./a-z-]*/${from}'`);
    expect(filesWith(importing('reduce', 'reducer'))).toEqual([
      'client/src/explorer/state/store.ts',
    ]);
    expect(filesWith(importing('applyAction', 'apply-action'))).toEqual([
      'client/src/explorer/state/reducer.ts',
    ]);
  });

  it('only the address bar writes the explorer address, and only the store is made to call it', () => {
    const explorer = client.filter(({ file }) => file.startsWith('client/src/explorer/'));
    expect(
      explorer
        .filter(({ text }) => /history\.(replaceState|pushState)/.test(text))
        .map((f) => f.file),
    ).toEqual(['client/src/explorer/address-bar.ts']);
    expect(filesWith(/new ExplorerStore\(/)).toEqual(['client/src/explorer/explorer.ts']);
    expect(filesWith(/\.write\(view\)/)).toEqual(['client/src/explorer/explorer.ts']);
  });
});

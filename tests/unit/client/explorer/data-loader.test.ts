// The effect that reads what the view needs, without a browser: a fake API, the real store.
import { describe, expect, it } from 'vitest';
import { DataLoader } from '../../../../client/src/explorer/data-loader';
import { LoadedGraph } from '../../../../client/src/explorer/loaded-graph';
import { isReady } from '../../../../client/src/explorer/state/explorer-state';
import { ExplorerStore } from '../../../../client/src/explorer/state/store';
import { INITIAL_STATE } from '../../../../client/src/explorer/view-state';
import type { SerializedGraph } from '../../../../server/domain/model';
import { graph } from './state/fixtures';

/** A store and loader over a fake API that records what it was asked and can be made to fail. */
function setUp(options: { failFirstView?: boolean; hubs?: boolean } = {}) {
  const asked: string[] = [];
  const parts = new LoadedGraph({
    firstView: () => {
      asked.push('first view');
      if (options.failFirstView) return Promise.reject(new Error('Neo4j is not reachable'));
      const first: SerializedGraph = graph(['hub']);
      const attributes = options.hubs
        ? { ...first.attributes, hubs: ['hub'], total: { entities: 26000, facts: 19000 } }
        : first.attributes;
      return Promise.resolve({ ...first, attributes });
    },
    neighbourhood: (id) => {
      asked.push(id);
      return Promise.resolve(graph([id, `${id}-n`]));
    },
  });
  const store = new ExplorerStore(() => undefined);
  const loader = new DataLoader(store, {
    parts,
    inForce: (day) => {
      asked.push(`in force ${day}`);
      return Promise.resolve(new Set(['f1']));
    },
  });
  const notices: string[] = [];
  store.subscribe((state, previous) => {
    if (state.notice && state.notice !== previous.notice) notices.push(state.notice.text);
  });
  return { store, loader, asked, notices };
}

const keys = (g: SerializedGraph): string[] => g.nodes.map((n) => n.key).sort();

describe('the data loader', () => {
  it('reads the restored view, says it is loading, and is idle once it arrived', async () => {
    const { store, loader, asked, notices } = setUp({ hubs: true });
    store.dispatch({ type: 'restore', view: { ...INITIAL_STATE, expanded: ['gucci'] } });
    expect(isReady(store.getState())).toBe(false);
    await loader.idle();
    const state = store.getState();
    expect(isReady(state)).toBe(true);
    expect(keys(state.data.graph)).toEqual(['gucci', 'gucci-n', 'hub']);
    expect(state.data.firstViewNote).toContain('an overview of 26,000 entities');
    expect(asked).toEqual(['first view', 'gucci']);
    expect(notices).toEqual(['Loading…']);
  });

  it('reads only the new neighbourhood on expand, nothing on collapse, and reads a day once', async () => {
    const { store, loader, asked } = setUp();
    store.dispatch({ type: 'restore', view: INITIAL_STATE });
    await loader.idle();
    store.dispatch({ type: 'expand', id: 'kering' });
    await loader.idle();
    expect(keys(store.getState().data.graph)).toEqual(['hub', 'kering', 'kering-n']);
    store.dispatch({ type: 'collapse', id: 'kering' });
    await loader.idle();
    expect(keys(store.getState().data.graph)).toEqual(['hub']);
    store.dispatch({ type: 'restore', view: { ...INITIAL_STATE, asOf: '2016-05-10' } });
    await loader.idle();
    expect(store.getState().data.inForce).toEqual({ '2016-05-10': ['f1'] });
    expect(await loader.inForce('2016-05-10')).toEqual(['f1']);
    expect(asked).toEqual(['first view', 'kering', 'in force 2016-05-10']);
  });

  it('follows a view that changed during a read, drawing only the graph it needs', async () => {
    const { store, loader } = setUp();
    store.dispatch({ type: 'restore', view: { ...INITIAL_STATE, expanded: ['a'] } });
    store.dispatch({ type: 'expand', id: 'b' });
    await loader.idle();
    const state = store.getState();
    expect(isReady(state)).toBe(true);
    expect(keys(state.data.graph)).toEqual(['a', 'a-n', 'b', 'b-n', 'hub']);
  });

  it('says why a read failed and does not ask again until the view asks for other data', async () => {
    const { store, loader, asked, notices } = setUp({ failFirstView: true });
    store.dispatch({ type: 'restore', view: INITIAL_STATE });
    await loader.idle();
    expect(notices.at(-1)).toBe('Could not load the graph: Neo4j is not reachable');
    expect(store.getState().notice?.error).toBe(true);
    store.dispatch({ type: 'select', selection: { kind: 'fact', id: 'f1' } });
    store.dispatch({ type: 'lanes', by: 'type' });
    await loader.idle();
    expect(asked).toEqual(['first view']);
    // A restore (back, forward, a reload) asks again.
    store.dispatch({ type: 'restore', view: INITIAL_STATE });
    await loader.idle();
    expect(asked).toEqual(['first view', 'first view']);
  });
});

import { describe, expect, it } from 'vitest';
import { LoadedGraph } from '../../../../client/src/explorer/loaded-graph';
import type { SerializedGraph } from '../../../../server/domain/model';

function graph(
  ids: string[],
  attributes: Partial<SerializedGraph['attributes']> = {},
): SerializedGraph {
  return {
    attributes: { sources: {}, ...attributes },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: ids.map((key) => ({
      key,
      attributes: { kind: 'Other', name: key, aliases: [] },
    })) as unknown as SerializedGraph['nodes'],
    edges: [],
  };
}

describe('LoadedGraph', () => {
  it('asks for each expanded entity once, alone, and for nothing when collapsing', async () => {
    const asked: string[] = [];
    let firstViews = 0;
    const loaded = new LoadedGraph({
      firstView: () => {
        firstViews += 1;
        return Promise.resolve(graph(['hub'], { hubs: ['hub'], total: { entities: 9, facts: 9 } }));
      },
      neighbourhood: (id) => {
        asked.push(id);
        return Promise.resolve(graph([id, `${id}-n`]));
      },
    });
    const many = Array.from({ length: 30 }, (_, i) => `e${i}`);
    const all = await loaded.load(true, many);
    expect(all.nodes).toHaveLength(61);
    expect(all.attributes.hubs).toEqual(['hub']);
    expect(asked).toEqual(many);
    const fewer = await loaded.load(true, many.slice(0, 2));
    expect(fewer.nodes.map((n) => n.key).sort()).toEqual(['e0', 'e0-n', 'e1', 'e1-n', 'hub']);
    expect(asked).toHaveLength(30);
    await loaded.load(false, [...many, 'new']);
    expect(asked.slice(30)).toEqual(['new']);
    expect(firstViews).toBe(1);
    loaded.forget();
    await loaded.load(true, []);
    expect(firstViews).toBe(2);
  });
});

describe('LoadedGraph as known on a day', () => {
  it('reads every part again for another day, and asks with that day', async () => {
    const asked: string[] = [];
    const loaded = new LoadedGraph({
      firstView: (known) => {
        asked.push(`first@${known ?? 'now'}`);
        return Promise.resolve(graph([`hub-${known ?? 'now'}`]));
      },
      neighbourhood: (id, known) => {
        asked.push(`${id}@${known ?? 'now'}`);
        return Promise.resolve(graph([id]));
      },
    });
    await loaded.load(true, ['a']);
    await loaded.load(true, ['a']);
    const then = await loaded.load(true, ['a'], '2016-06-01');
    expect(then.nodes.map((n) => n.key).sort()).toEqual(['a', 'hub-2016-06-01']);
    await loaded.load(true, ['a'], '2016-06-01');
    await loaded.load(true, ['a']);
    expect(asked).toEqual([
      'first@now',
      'a@now',
      'first@2016-06-01',
      'a@2016-06-01',
      'first@now',
      'a@now',
    ]);
  });
});

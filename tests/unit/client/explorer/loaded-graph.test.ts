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

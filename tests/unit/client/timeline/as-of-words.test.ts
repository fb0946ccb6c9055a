// An "as of" day's states in words: grouped by type and object, the uncertain named apart.
import { describe, expect, it } from 'vitest';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';
import type { SerializedGraph } from '../../../../server/domain/model';
import { dayInWords, statesInWords } from '../../../../client/src/timeline/as-of-words';

const node = (key: string, name: string) => ({
  key,
  attributes: { name, kind: 'Brand', aliases: [] },
});
const edge = (key: string, type: string, source: string, target: string) => ({
  key,
  source,
  target,
  attributes: { type, time: {}, attributes: {}, sources: [] },
});

describe('statesInWords', () => {
  it('says who was a member, sure first, uncertain apart, events left out', () => {
    const graph = {
      attributes: { sources: {} },
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: [node('iacc', 'IACC'), node('a', 'Alibaba'), node('g', 'Gucci'), node('k', 'Kors')],
      edges: [
        edge('1', 'MEMBER_OF', 'a', 'iacc'),
        edge('2', 'MEMBER_OF', 'g', 'iacc'),
        edge('3', 'MEMBER_OF', 'k', 'iacc'),
        edge('4', 'LEFT', 'k', 'iacc'),
      ],
    } as unknown as SerializedGraph;
    expect(statesInWords(graph, new Set(['3']), new FactTypeRegistry())).toEqual([
      'member of IACC: Alibaba, Gucci; uncertain: Kors.',
    ]);
  });

  it('writes a day out', () => {
    expect(dayInWords('2016-04-15')).toBe('15 April 2016');
  });
});

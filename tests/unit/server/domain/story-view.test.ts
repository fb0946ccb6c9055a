// A story step's view read strictly, and what changed in a step's pinned data.
import { describe, expect, it } from 'vitest';
import type { EmbedPayload } from '../../../../server/domain/embed-view';
import { hasChanges, readStepView, stepChanges } from '../../../../server/domain/story-view';

describe('readStepView', () => {
  it('reads the view, its camera and path, lists normalised', () => {
    const { step, problems } = readStepView(
      'expanded=iacc,gucci&asOf=2016-05-04&fact=a-gucci-leaves-iacc&path=gucci,iacc&view=10.0,-5.0,1.500',
    );
    expect(problems).toEqual([]);
    expect(step.view).toEqual({
      scope: 'expanded',
      expanded: ['gucci', 'iacc'],
      hidden: [],
      hiddenKinds: [],
      hiddenTypes: [],
      asOf: '2016-05-04',
      selected: { kind: 'fact', id: 'a-gucci-leaves-iacc' },
    });
    expect(step.explorer).toEqual({
      path: { from: 'gucci', to: 'iacc' },
      viewport: { x: 10, y: -5, k: 1.5 },
    });
  });

  it('names unknown, repeated and malformed parameters', () => {
    const { problems } = readStepView('expanded=a&expanded=b&evil=1&asOf=2016-02-30&view=1,2');
    expect(problems.map((p) => p.param).sort()).toEqual(['asOf', 'evil', 'expanded', 'view']);
  });
});

const payload = (nodes: string[], edges: [string, string][]): EmbedPayload =>
  ({
    graph: {
      nodes: nodes.map((key) => ({ key, attributes: { name: key } })),
      edges: edges.map(([key, date]) => ({
        key,
        source: 'a',
        target: 'b',
        attributes: { type: 'LEFT', time: { at: { date } }, sources: [] },
      })),
    },
  }) as unknown as EmbedPayload;

describe('stepChanges', () => {
  it('lists entities and facts added, removed and changed, sorted', () => {
    const pinned = payload(
      ['a', 'b', 'c'],
      [
        ['f1', '2016-05-04'],
        ['f2', '2016'],
      ],
    );
    const now = payload(
      ['a', 'b', 'd'],
      [
        ['f1', '2016-05-11'],
        ['f3', '2016'],
      ],
    );
    const c = stepChanges(2, pinned, now);
    expect(c).toEqual({
      step: 2,
      entities: { added: ['d'], removed: ['c'] },
      facts: { added: ['f3'], removed: ['f2'], changed: ['f1'] },
    });
    expect(hasChanges(c)).toBe(true);
    expect(hasChanges(stepChanges(0, pinned, pinned))).toBe(false);
  });
});

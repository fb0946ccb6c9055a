// The story draft's changes: add, replace, caption, move, remove, and the save body.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../server/domain/limits';
import {
  addStep,
  describeView,
  EMPTY_DRAFT,
  moveStep,
  removeStep,
  replaceView,
  setCaption,
  toInput,
} from '../../../../client/src/stories/story-draft';

const view = (day: string) => ({ view: `expanded=iacc&asOf=${day}` });

describe('story draft', () => {
  it('adds, captions, replaces, moves and removes steps', () => {
    let d = addStep(addStep(addStep(EMPTY_DRAFT, view('2016-04-21')), view('2016-04-30')), {
      view: 'expanded=iacc',
      highlight: { nodes: ['gucci'], edges: [] },
    });
    d = setCaption(d, 0, 'first');
    d = replaceView(d, 0, view('2016-04-22'));
    expect(d.steps[0]).toEqual({ view: 'expanded=iacc&asOf=2016-04-22', caption: 'first' });
    expect(d.steps[2]?.highlight).toEqual({ nodes: ['gucci'], edges: [] });
    d = moveStep(d, 2, -5);
    expect(d.steps.map((s) => s.view)).toEqual([
      'expanded=iacc',
      'expanded=iacc&asOf=2016-04-22',
      'expanded=iacc&asOf=2016-04-30',
    ]);
    expect(moveStep(d, 0, -1)).toBe(d);
    d = removeStep(d, 0);
    expect(d.steps).toHaveLength(2);
    expect(toInput({ ...d, title: 'T', author: 'A', revision: 3 })).toMatchObject({
      title: 'T',
      author: 'A',
      revision: 3,
      steps: d.steps,
    });
  });

  it('holds at most LIMITS.storySteps steps', () => {
    let d = EMPTY_DRAFT;
    for (let i = 0; i <= LIMITS.storySteps; i++) d = addStep(d, view('2016-01-01'));
    expect(d.steps).toHaveLength(LIMITS.storySteps);
  });

  it('describes a view in words', () => {
    expect(describeView('expanded=iacc&asOf=2016-05-04&fact=a-gucci-leaves-iacc')).toBe(
      'focus iacc · as of 2016-05-04 · fact a-gucci-leaves-iacc',
    );
    expect(describeView('')).toBe('whole graph');
  });
});

// The story embed's host commands, its scroll progress and its #step=N links.
import { describe, expect, it } from 'vitest';
import {
  readStoryCommand,
  stepOfHash,
  stepOfProgress,
} from '../../../../client/src/stories/story-messages';
import { storyScrollSnippet } from '../../../../server/domain/story-links';

const target = 'brand-graph-embed';

describe('story messages', () => {
  it('reads scroll and step commands, clamped; ignores anything else', () => {
    expect(readStoryCommand({ target, type: 'scroll', progress: 1.7 })).toEqual({
      type: 'scroll',
      progress: 1,
    });
    expect(readStoryCommand({ target, type: 'step', step: 3 })).toEqual({ type: 'step', step: 3 });
    expect(readStoryCommand({ target, type: 'scroll', progress: Number.NaN })).toBeUndefined();
    expect(readStoryCommand({ target: 'other', type: 'step', step: 1 })).toBeUndefined();
    expect(readStoryCommand('step')).toBeUndefined();
  });

  it('shares the scroll evenly between steps', () => {
    expect([0, 0.24, 0.25, 0.6, 0.99, 1].map((p) => stepOfProgress(p, 4))).toEqual([
      0, 0, 1, 2, 3, 3,
    ]);
  });

  it('reads #step=N (from 1) within the story', () => {
    expect(stepOfHash('#step=3', 4)).toBe(2);
    expect(stepOfHash('#step=5', 4)).toBeUndefined();
    expect(stepOfHash('#step=0', 4)).toBeUndefined();
    expect(stepOfHash('#other', 4)).toBeUndefined();
  });

  it('writes the scroll snippet on one line, the title and address escaped', () => {
    const html = storyScrollSnippet('https://g.example/stories/x?a=1&b="2"', 'A "story" <b>', 4);
    expect(html).not.toContain('\n');
    expect(html).toContain('height:400vh');
    expect(html).toContain('src="https://g.example/stories/x?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="A &quot;story&quot; &lt;b&gt;"');
  });
});

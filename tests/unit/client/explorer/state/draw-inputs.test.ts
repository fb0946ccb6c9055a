// Which state changes make the graph and the timeline redraw: not the camera or playback.
import { describe, expect, it } from 'vitest';
import {
  graphInputs,
  inputsChanged,
  mayDraw,
  timelineInputs,
} from '../../../../../client/src/explorer/state/draw-inputs';
import { reduce } from '../../../../../client/src/explorer/state/reducer';
import { stateWith } from './fixtures';

describe('draw inputs', () => {
  const state = stateWith({ asOf: '2016-05-10' });

  it('a view never drawn always draws', () => {
    expect(inputsChanged(undefined, graphInputs(state))).toBe(true);
  });

  it('the camera and playback move without a redraw of the graph or the timeline', () => {
    for (const action of [
      { type: 'viewport', viewport: { x: 1, y: 2, k: 3 } },
      { type: 'playing', playing: true },
      { type: 'notice', text: 'Loading…', error: false },
    ] as const) {
      const next = reduce(state, action);
      expect(inputsChanged(graphInputs(state), graphInputs(next))).toBe(false);
      expect(inputsChanged(timelineInputs(state), timelineInputs(next))).toBe(false);
    }
  });

  it('a selection, a filter or data arriving redraws the graph', () => {
    const before = graphInputs(state);
    const changes = [
      reduce(state, { type: 'select', selection: { kind: 'entity', id: 'gucci' } }),
      reduce(state, { type: 'filter', change: { hiddenKinds: ['Person'] } }),
      reduce(state, { type: 'hide', id: 'gucci' }),
      reduce(state, { type: 'inForce', day: '2016-05-10', facts: ['f1'] }),
      reduce(state, { type: 'clearPath' }),
    ];
    for (const next of changes) expect(inputsChanged(before, graphInputs(next))).toBe(true);
  });

  it('hiding and filters redraw the timeline too (it follows them); lanes redraw the timeline only', () => {
    const hidden = reduce(state, { type: 'hide', id: 'gucci' });
    expect(inputsChanged(timelineInputs(state), timelineInputs(hidden))).toBe(true);
    const filtered = reduce(state, { type: 'filter', change: { hiddenTypes: ['SUED'] } });
    expect(inputsChanged(timelineInputs(state), timelineInputs(filtered))).toBe(true);
    const lanes = reduce(state, { type: 'lanes', by: 'type' });
    expect(inputsChanged(timelineInputs(state), timelineInputs(lanes))).toBe(true);
    expect(inputsChanged(graphInputs(state), graphInputs(lanes))).toBe(false);
  });

  it('draws once the data is there, and nothing on a failed read (the status line says why)', () => {
    const held = stateWith();
    const restored = reduce(held, { type: 'restore', view: { ...held.view, expanded: ['x'] } });
    expect(mayDraw(restored, { type: 'notice', text: 'Loading…', error: false })).toBe(false);
    const failed = { type: 'loadFailed', key: 'all|x', message: 'down' } as const;
    const afterFailure = reduce(restored, failed);
    expect(mayDraw(afterFailure, failed)).toBe(false);
    // Later changes draw the graph held, as the explorer always did.
    const lanes = { type: 'lanes', by: 'type' } as const;
    expect(mayDraw(reduce(afterFailure, lanes), lanes)).toBe(true);
    // A day whose facts in force are not read yet holds the drawing back.
    const day = { type: 'asOf', day: '2016-05-10' } as const;
    expect(mayDraw(reduce(held, day), day)).toBe(false);
    const read = { type: 'inForce', day: '2016-05-10', facts: ['f1'] } as const;
    expect(mayDraw(reduce(reduce(held, day), read), read)).toBe(true);
  });
});

// Which state changes make the graph and the timeline redraw: not the camera or playback.
import { describe, expect, it } from 'vitest';
import {
  graphInputs,
  inputsChanged,
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

  it('hiding redraws the graph but not the timeline; lanes redraw the timeline only', () => {
    const hidden = reduce(state, { type: 'hide', id: 'gucci' });
    expect(inputsChanged(timelineInputs(state), timelineInputs(hidden))).toBe(false);
    const lanes = reduce(state, { type: 'lanes', by: 'type' });
    expect(inputsChanged(timelineInputs(state), timelineInputs(lanes))).toBe(true);
    expect(inputsChanged(graphInputs(state), graphInputs(lanes))).toBe(false);
  });
});

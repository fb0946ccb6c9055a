// The Canvas painter against a recording context: uncertain facts are stroked in a dashed path
// with the SVG view's dash (one rule: edgeDash over uncertainOn), self-relations as loops.
import { describe, expect, it } from 'vitest';
import {
  paintEdges,
  type EdgeContext,
  type EdgeScene,
} from '../../../../client/src/graph/canvas-paint';
import { loopIndices } from '../../../../client/src/graph/canvas-detail';
import { UNCERTAIN_DASH, edgeDash } from '../../../../client/src/graph/style';
import { uncertainOn } from '../../../../server/domain/snapshot';
import type { GraphEdge } from '../../../../server/domain/model';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';

/** A context that records each call by name, with the dash in force for each stroke. */
function recorder(): { ctx: EdgeContext; calls: string[]; strokes: number[][] } {
  const calls: string[] = [];
  const strokes: number[][] = [];
  let dash: number[] = [];
  const ctx: EdgeContext = {
    beginPath: () => calls.push('beginPath'),
    moveTo: () => calls.push('moveTo'),
    lineTo: () => calls.push('lineTo'),
    bezierCurveTo: () => calls.push('bezierCurveTo'),
    stroke: () => {
      calls.push('stroke');
      strokes.push(dash);
    },
    setLineDash: (d: Iterable<number>) => {
      dash = [...d];
    },
  };
  return { ctx, calls, strokes };
}

const edge = (
  key: string,
  source: string,
  target: string,
  time: GraphEdge['attributes']['time'],
): GraphEdge => ({
  key,
  source,
  target,
  attributes: { type: 'MEMBER_OF', time, attributes: {}, sources: [{ source: 's' }] },
});

describe('the dash of an edge', () => {
  it('is the uncertain dash for a fact uncertainOn names, none for the rest', () => {
    const edges = [
      // An unknown start and a known end: uncertain before the end.
      edge('before-end', 'a', 'b', { end: { date: '2020-03-01', precision: 'day' } }),
      edge('surely', 'a', 'c', { start: { date: '2010', precision: 'year' } }),
    ];
    const uncertain = uncertainOn(edges, '2018-06-01', new FactTypeRegistry());
    expect(edgeDash('before-end', uncertain)).toEqual(UNCERTAIN_DASH);
    expect(edgeDash('surely', uncertain)).toEqual([]);
    expect(UNCERTAIN_DASH).toEqual([5, 4]);
  });
});

describe('paintEdges', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 0, y: 10 },
  ];
  const sources = Int32Array.from([0, 0, 1]);
  const targets = Int32Array.from([1, 2, 1]);
  const scene = (uncertain: string[], k = 2): EdgeScene => ({
    points,
    sources,
    targets,
    loops: loopIndices(sources, targets),
    keys: ['ab', 'ac', 'bb'],
    uncertain: new Set(uncertain),
    view: { x0: -100, y0: -100, x1: 100, y1: 100 },
    radius: 2,
    k,
  });

  it('strokes uncertain facts in a second path, dashed in screen pixels, then clears the dash', () => {
    const { ctx, calls, strokes } = recorder();
    const painted = paintEdges(ctx, scene(['ac', 'bb']));
    expect(painted).toEqual({ drawn: 3, loops: 1, dashed: ['ac', 'bb'] });
    // First the solid path (one line), then the dashed one (a line and a loop).
    expect(calls).toEqual([
      'beginPath',
      'moveTo',
      'lineTo',
      'stroke',
      'beginPath',
      'moveTo',
      'lineTo',
      'moveTo',
      'bezierCurveTo',
      'stroke',
    ]);
    expect(strokes).toEqual([[], UNCERTAIN_DASH.map((d) => d / 2)]);
  });

  it('draws self-relations as loops and, with nothing uncertain, strokes once', () => {
    const { ctx, calls, strokes } = recorder();
    expect(paintEdges(ctx, scene([]))).toEqual({ drawn: 3, loops: 1, dashed: [] });
    expect(calls.filter((c) => c === 'bezierCurveTo')).toHaveLength(1);
    expect(strokes).toEqual([[]]);
  });

  it('skips edges off screen', () => {
    const { ctx } = recorder();
    const off = { ...scene(['bb']), view: { x0: 50, y0: 50, x1: 60, y1: 60 } };
    expect(paintEdges(ctx, off)).toEqual({ drawn: 0, loops: 0, dashed: [] });
  });

  it('paints a range of edges in parts that add up to the whole, as a base layer in steps does', () => {
    const whole = paintEdges(recorder().ctx, scene(['ac']));
    const first = paintEdges(recorder().ctx, { ...scene(['ac']), range: [0, 2] });
    const rest = paintEdges(recorder().ctx, { ...scene(['ac']), range: [2, 3] });
    expect([first.drawn, rest.drawn]).toEqual([2, 1]);
    expect({
      drawn: first.drawn + rest.drawn,
      loops: first.loops + rest.loops,
      dashed: [...first.dashed, ...rest.dashed],
    }).toEqual(whole);
  });
});

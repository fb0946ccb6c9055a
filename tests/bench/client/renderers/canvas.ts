// The explorer's Canvas view in the benchmark: layout in its Web Worker, moved with its own API.
import * as d3 from 'd3';
import { CanvasView } from '../../../../client/src/graph/CanvasView';
import type { SerializedGraph } from '../../../../server/domain/model';
import { toTransform } from '../camera';
import type { MountedRenderer } from '../result';
import { FactTypeRegistry } from '../../../../server/domain/fact-type-registry';

/** Hands `graph` to a new CanvasView and waits for its layout to settle (300 ticks). */
export async function mountCanvas(
  stage: HTMLElement,
  graph: SerializedGraph,
  timeoutMs: number,
): Promise<MountedRenderer> {
  const started = performance.now();
  const view = new CanvasView(
    stage,
    {
      onSelect: () => undefined,
      onExpand: () => undefined,
      onViewport: () => undefined,
    },
    new FactTypeRegistry(),
  );
  view.update(graph, undefined, undefined);
  const settled = await Promise.race([
    view.settled.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
  const settleMs = settled ? performance.now() - started : undefined;
  const canvas = stage.querySelector('canvas');
  if (!canvas) throw new Error('CanvasView drew no canvas');
  const { width, height } = stage.getBoundingClientRect();
  return {
    settleMs,
    fitted() {
      view.fit();
      const t = d3.zoomTransform(canvas);
      return { x: (width / 2 - t.x) / t.k, y: (height / 2 - t.y) / t.k, scale: t.k };
    },
    moveTo(v) {
      const { x, y, k } = toTransform(v, width, height);
      view.setTransform(d3.zoomIdentity.translate(x, y).scale(k));
    },
    frames: view.frames,
    destroy: () => view.destroy(),
  };
}

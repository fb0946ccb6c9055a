// Dragging an entity in the SVG view: the layout warms up while it moves and the entity is held
// where the pointer is; what happens when it is let go is the view's (it pins it).
import * as d3 from 'd3';
import type { LayoutNode } from './layout';

/** A d3 drag for entity marks over `simulation`; `onEnd` gets the entity let go (fx/fy set). */
export function entityDrag(
  simulation: d3.Simulation<LayoutNode, undefined>,
  onEnd: (n: LayoutNode) => void,
): d3.DragBehavior<SVGGElement, LayoutNode, LayoutNode | d3.SubjectPosition> {
  type Drag = d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>;
  return d3
    .drag<SVGGElement, LayoutNode>()
    .on('start', (event: Drag, n) => {
      if (!event.active) simulation.alphaTarget(0.2).restart();
      n.fx = n.x;
      n.fy = n.y;
    })
    .on('drag', (event: Drag, n) => {
      n.fx = event.x;
      n.fy = event.y;
    })
    .on('end', (event: Drag, n) => {
      if (!event.active) simulation.alphaTarget(0);
      onEnd(n);
    });
}

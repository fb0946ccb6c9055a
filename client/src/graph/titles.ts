// What an entity's or a fact's tooltip says, the same in both renderers (SVG <title>, the
// Canvas's title while hovered). Pure; the text reaches the DOM through textContent or `title`.
import type { GraphEdge, GraphNode } from '../../../server/domain/model';
import { factTypeInfo } from '../../../server/domain/vocabulary';

/** "Gucci (Brand)". */
export function nodeTitle(node: GraphNode): string {
  return `${node.attributes.name} (${node.attributes.kind})`;
}

/** "Kering owns Gucci": the subject's name, the fact type's verb, the object's name. */
export function edgeTitle(edge: GraphEdge, nameOf: (id: string) => string): string {
  return `${nameOf(edge.source)} ${factTypeInfo(edge.attributes.type).verb} ${nameOf(edge.target)}`;
}

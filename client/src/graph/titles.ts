// What an entity's or a fact's tooltip says, the same in both renderers (SVG <title>, the
// Canvas's title while hovered). Pure; the text reaches the DOM through textContent or `title`.
import type { GraphEdge, GraphNode } from '../../../server/domain/model';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';

/** "Gucci (Brand)". */
export function nodeTitle(node: GraphNode): string {
  return `${node.attributes.name} (${node.attributes.kind})`;
}

/** "Kering owns Gucci": the subject's name, the fact type's verb (from `factTypes`), the object's name. */
export function edgeTitle(
  edge: GraphEdge,
  nameOf: (id: string) => string,
  factTypes: FactTypeLookup,
): string {
  return `${nameOf(edge.source)} ${factTypes.lookup(edge.attributes.type).verb} ${nameOf(edge.target)}`;
}

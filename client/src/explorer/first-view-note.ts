// The status line's words for a first view that is an overview of a larger graph.
import type { SerializedGraph } from '../../../server/domain/model';

/**
 * Says what an overview shows and how to see more; empty when the graph was drawn whole.
 * E.g. " (an overview of 26,000 entities and 19,000 facts: the 40 best-connected entities and
 * their strongest links. Search, or double-click an entity to expand it.)"
 */
export function firstViewNote(graph: SerializedGraph | undefined): string {
  const total = graph?.attributes.total;
  if (!total) return '';
  const hubs = graph.attributes.hubs?.length ?? 0;
  const shown =
    hubs > 0 ? `the ${hubs} best-connected entities and their strongest links` : 'a part of it';
  return ` (an overview of ${total.entities.toLocaleString('en')} entities and ${total.facts.toLocaleString('en')} facts: ${shown}. Search, or double-click an entity to expand it.)`;
}

/**
 * What the page says the data is: the data files the first view comes from, each with what it
 * says it holds (`datasets` of the graph's attributes, from each file's `description`), e.g.
 * "Dataset: article.json (Facts stated in …); outside.json (Dated facts …)". Without them, the
 * graph's own name.
 */
export function datasetCaption(graph: SerializedGraph): string {
  const files = graph.attributes.datasets ?? [];
  if (files.length === 0) return `Dataset: ${graph.attributes.name ?? 'the stored graph'}`;
  const parts = files.map((f) => (f.description ? `${f.name} (${f.description})` : f.name));
  return `Dataset: ${parts.join('; ')}`;
}

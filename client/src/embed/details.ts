// The embed's details: an entity's facts within the view, or one fact, each with its sources.
// Text reaches the DOM through textContent only.
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { GraphEdge, SerializedGraph } from '../../../server/domain/model';
import { factSentence } from '../../../server/domain/sentences';
import { el, safeLink } from '../explorer/dom';

export type NameOf = (id: string) => string;

function sentenceOf(edge: GraphEdge, nameOf: NameOf, factTypes: FactTypeLookup): string {
  const a = edge.attributes;
  return factSentence(
    { type: a.type, subject: edge.source, object: edge.target, time: a.time },
    nameOf,
    factTypes,
  );
}

function factItem(
  edge: GraphEdge,
  graph: SerializedGraph,
  nameOf: NameOf,
  factTypes: FactTypeLookup,
): HTMLElement {
  const sources = edge.attributes.sources.map((c) => {
    const s = graph.attributes.sources[c.source];
    return el(
      'li',
      {},
      safeLink(s?.url, s?.title ?? c.source),
      el('span', { className: 'meta', text: s ? ` — ${nameOf(s.publisher)}, ${s.published}` : '' }),
      c.quote ? el('blockquote', { text: `“${c.quote.text}” — ${nameOf(c.quote.speaker)}` }) : null,
    );
  });
  return el(
    'li',
    { attrs: { 'data-fact': edge.key } },
    el('p', { className: 'sentence', text: sentenceOf(edge, nameOf, factTypes) }),
    el('ul', { className: 'sources' }, ...sources),
  );
}

/** Shows an entity and its facts in the view (verbs as the embed's `factTypes` knows them). */
export function renderEntityDetails(
  panel: HTMLElement,
  id: string,
  graph: SerializedGraph,
  nameOf: NameOf,
  factTypes: FactTypeLookup,
): void {
  const node = graph.nodes.find((n) => n.key === id);
  if (!node) {
    panel.replaceChildren(el('p', { className: 'meta', text: 'That entity is not in this view.' }));
    return;
  }
  const facts = graph.edges.filter((e) => e.source === id || e.target === id);
  panel.replaceChildren(
    el('h2', { text: node.attributes.name, attrs: { dir: 'auto' } }),
    el('p', {
      className: 'meta',
      text: [node.attributes.kind, node.attributes.summary].filter(Boolean).join(' · '),
    }),
    facts.length > 0
      ? el('ul', { className: 'facts' }, ...facts.map((e) => factItem(e, graph, nameOf, factTypes)))
      : el('p', { className: 'meta', text: 'No facts about it in this view.' }),
  );
}

/** Shows one fact with its sources (its verb as the embed's `factTypes` knows it). */
export function renderFactDetails(
  panel: HTMLElement,
  id: string,
  graph: SerializedGraph,
  nameOf: NameOf,
  factTypes: FactTypeLookup,
): void {
  const edge = graph.edges.find((e) => e.key === id);
  panel.replaceChildren(
    edge
      ? el('ul', { className: 'facts' }, factItem(edge, graph, nameOf, factTypes))
      : el('p', { className: 'meta', text: 'That fact is not in this view.' }),
  );
}

/** Shows several facts, each with its sentence and sources (a story step's cited facts). */
export function renderFactList(
  panel: HTMLElement,
  edges: readonly GraphEdge[],
  graph: SerializedGraph,
  nameOf: NameOf,
  factTypes: FactTypeLookup,
): void {
  panel.replaceChildren(
    el('ul', { className: 'facts' }, ...edges.map((e) => factItem(e, graph, nameOf, factTypes))),
  );
}

/** The credit line: who the facts come from. */
export function creditText(graph: SerializedGraph, nameOf: NameOf): string {
  const publishers = [
    ...new Set(Object.values(graph.attributes.sources).map((s) => nameOf(s.publisher))),
  ].sort();
  return publishers.length > 0
    ? `Sources: ${publishers.join(', ')} · Brand graph explorer`
    : 'Brand graph explorer';
}

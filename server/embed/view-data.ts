// Reads what one embed may show: its view's subgraph and dated facts, and nothing else.
import type { EmbedPayload, EmbedView } from '../domain/embed-view';
import { filterToView, viewParams } from '../domain/embed-view';
import { LIMITS } from '../domain/limits';
import { timelineEvents } from '../domain/timeline-events';
import { knownFactTypes } from '../domain/vocabulary';
import { InvalidInputError, NotFoundError } from '../errors';
import { readWholeGraph } from '../graph/graph-service';
import { readNeighbourhood } from '../graph/neighbourhood';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** Most entities an embed draws (SVG): beyond it, focus the view on fewer entities. */
export const EMBED_MAX_ENTITIES = LIMITS.embedEntities;

/** The same neighbourhood the explorer loads for its focus (depth 1). */
const NEIGHBOURHOOD = { depth: 1, limit: LIMITS.neighbourhoodEntities } as const;

/**
 * An embed's payload: its view's graph (at most EMBED_MAX_ENTITIES, else InvalidInputError), dated
 * facts, fact types and names.
 */
export async function readEmbedData(gateway: QueryRunner, view: EmbedView): Promise<EmbedPayload> {
  const loaded =
    view.scope === 'all'
      ? await readWholeGraph(gateway)
      : await readNeighbourhood(gateway, { ids: view.expanded, ...NEIGHBOURHOOD });
  const graph = filterToView(loaded, view);
  if (graph.nodes.length > EMBED_MAX_ENTITIES) {
    throw new InvalidInputError(
      `The view holds ${graph.nodes.length} entities; an embed shows at most ${EMBED_MAX_ENTITIES}: focus it on fewer entities`,
      [{ path: 'query.expanded', message: 'the view is too large to embed' }],
    );
  }
  const usedTypes = new Set(graph.edges.map((e) => e.attributes.type));
  const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name]));
  // The view's own dated facts, from its graph: nothing else is read.
  const events = timelineEvents(graph.edges, (id) => names.get(id) ?? id);
  const mentioned = new Set<string>();
  for (const s of Object.values(graph.attributes.sources)) mentioned.add(s.publisher);
  for (const e of graph.edges) {
    for (const c of e.attributes.sources) {
      if (c.via) mentioned.add(c.via);
      if (c.quote) mentioned.add(c.quote.speaker);
    }
  }
  const outside = [...mentioned].filter((id) => !names.has(id));
  const rows = outside.length > 0 ? await gateway.run('entities-by-id', { ids: outside }) : [];
  const focus = view.expanded.map((id) => names.get(id) ?? id);
  const query = viewParams(view).toString();
  return {
    view,
    title: focus.length > 0 ? `${focus.join(', ')}: brand graph` : 'The brand graph',
    graph,
    events,
    factTypes: knownFactTypes().filter((t) => usedTypes.has(t.name)),
    names: Object.fromEntries(rows.map((r) => [asText(r.id), asText(r.name)])),
    explorer: `/${query ? `?${query}` : ''}`,
  };
}

/**
 * A view's title without reading its data: the names of its focus entities.
 * Throws NotFoundError when one of them does not exist (oEmbed answers 404 then, spec 2.3.5).
 */
export async function viewTitle(gateway: QueryRunner, view: EmbedView): Promise<string> {
  if (view.scope === 'all') return 'The brand graph';
  const rows = await gateway.run('entities-by-id', { ids: view.expanded });
  const names = new Map(rows.map((r) => [asText(r.id), asText(r.name)]));
  const missing = view.expanded.filter((id) => !names.has(id));
  if (missing.length > 0) {
    throw new NotFoundError(`No entity ${missing.map((id) => JSON.stringify(id)).join(', ')}`);
  }
  return `${view.expanded.map((id) => names.get(id) ?? id).join(', ')}: brand graph`;
}

// Reads what one embed may show: its view's subgraph and dated facts, and nothing else.
import type { EmbedPayload, EmbedView } from '../domain/embed-view';
import { embedSizeProblem, filterToView, viewParams } from '../domain/embed-view';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import { LIMITS } from '../domain/limits';
import type { SerializedGraph } from '../domain/model';
import { viewGraph } from '../domain/view-graph';
import { timelineEvents } from '../domain/timeline-events';
import { InvalidInputError, NotFoundError } from '../errors';
import { readWholeGraph } from '../graph/graph-service';
import { readNeighbourhoodKnown, readWholeGraphKnown } from '../graph/known-reads';
import { readNeighbourhood } from '../graph/neighbourhood';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** Most entities an embed draws (SVG): beyond it, focus the view on fewer entities. */
export const EMBED_MAX_ENTITIES = LIMITS.embedEntities;

/** The same neighbourhood the explorer loads for each entity it expands (depth 1). */
const NEIGHBOURHOOD = { depth: 1, limit: LIMITS.neighbourhoodEntities } as const;

/** Neighbourhoods read at once. */
const PARALLEL = 4;

/**
 * What the explorer holds for a view, read the way it reads it: the first view (whole graph or
 * overview) when the scope is `all`, plus each expanded entity's neighbourhood asked for alone;
 * a view with `known` reads them as known on that day.
 */
export async function readViewGraph(
  gateway: QueryRunner,
  view: EmbedView,
): Promise<SerializedGraph> {
  const neighbourhoods = async (): Promise<SerializedGraph[]> => {
    const parts: SerializedGraph[] = [];
    // A few at a time, as the explorer asks, so one embed never takes every connection.
    for (let i = 0; i < view.expanded.length; i += PARALLEL) {
      const batch = view.expanded.slice(i, i + PARALLEL);
      parts.push(
        ...(await Promise.all(
          batch.map((id) =>
            view.known
              ? readNeighbourhoodKnown(gateway, { ids: [id], ...NEIGHBOURHOOD }, view.known)
              : readNeighbourhood(gateway, { ids: [id], ...NEIGHBOURHOOD }),
          ),
        )),
      );
    }
    return parts;
  };
  const [first, parts] = await Promise.all([
    view.scope === 'all'
      ? view.known
        ? readWholeGraphKnown(gateway, view.known)
        : readWholeGraph(gateway)
      : undefined,
    neighbourhoods(),
  ]);
  return viewGraph(first, parts);
}

/**
 * An embed's payload: its view's graph (at most `LIMITS.embedEntities` entities, else
 * InvalidInputError with the reason in words), dated facts, the fact types it uses as
 * `factTypes` (the app's) knows them, and names.
 */
export async function readEmbedData(
  gateway: QueryRunner,
  view: EmbedView,
  factTypes: FactTypeLookup,
): Promise<EmbedPayload> {
  const graph = filterToView(await readViewGraph(gateway, view), view);
  const tooLarge = embedSizeProblem(graph.nodes.length);
  if (tooLarge) {
    throw new InvalidInputError(tooLarge, [
      { path: 'query.expanded', message: 'the view is too large to embed' },
    ]);
  }
  const usedTypes = new Set(graph.edges.map((e) => e.attributes.type));
  const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name]));
  // The view's own dated facts, from its graph: nothing else is read.
  const events = timelineEvents(graph.edges, (id) => names.get(id) ?? id, factTypes);
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
  const query = viewParams(view, true).toString();
  return {
    view,
    title:
      view.title ?? (focus.length > 0 ? `${focus.join(', ')}: brand graph` : 'The brand graph'),
    ...(view.caption ? { caption: view.caption } : {}),
    graph,
    events,
    factTypes: factTypes.known().filter((t) => usedTypes.has(t.name)),
    names: Object.fromEntries(rows.map((r) => [asText(r.id), asText(r.name)])),
    explorer: `/${query ? `?${query}` : ''}`,
  };
}

/**
 * A view's title without reading its data: the producer's (`title=`), else the names of its
 * focus entities.
 * Throws NotFoundError when one of them does not exist (oEmbed answers 404 then, spec 2.3.5).
 */
export async function viewTitle(gateway: QueryRunner, view: EmbedView): Promise<string> {
  if (view.scope === 'all') return view.title ?? 'The brand graph';
  const rows = await gateway.run('entities-by-id', { ids: view.expanded });
  const names = new Map(rows.map((r) => [asText(r.id), asText(r.name)]));
  const missing = view.expanded.filter((id) => !names.has(id));
  if (missing.length > 0) {
    throw new NotFoundError(`No entity ${missing.map((id) => JSON.stringify(id)).join(', ')}`);
  }
  return view.title ?? `${view.expanded.map((id) => names.get(id) ?? id).join(', ')}: brand graph`;
}

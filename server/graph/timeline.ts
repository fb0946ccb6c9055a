// The timeline: dated facts as events in order, precision kept, filtered by entity, type, range.
import { asText } from '../neo4j/to-plain';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import { timelineEvents } from '../domain/timeline-events';
import type { FactType } from '../domain/vocabulary';
import type { QueryRunner } from '../neo4j/query-runner';
import { readSources } from './graph-service';
import { edgeOf, nodeOf } from './rows';
import type { GraphEdge, Source } from '../domain/model';
import { readDatedFactsKnown } from './known-time';
import type { TimelineEvent, Timeline } from '../domain/api';

export interface TimelineRequest {
  readonly entity?: string | undefined;
  readonly types?: readonly FactType[] | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** As known on this day (YYYY-MM-DD): the facts and names recorded then (known-time.ts). */
  readonly known?: string | undefined;
}

/**
 * Dated facts as ordered events, filtered by entity, types and date range, with names and sources;
 * sentences use the verbs `factTypes` knows.
 */
export async function readTimeline(
  gateway: QueryRunner,
  request: TimelineRequest,
  factTypes: FactTypeLookup,
): Promise<Timeline> {
  const { edges, names, allSources } = request.known
    ? await knownDated(gateway, request, request.known)
    : await datedNow(gateway, request);
  const nameOf = (id: string): string => names[id] ?? id;
  const events = timelineEvents(edges, nameOf, factTypes, request.from, request.to);
  const sources: Record<string, Source> = {};
  for (const e of events)
    for (const c of e.sources)
      if (allSources[c.source]) sources[c.source] = allSources[c.source] as Source;
  return { events, entities: names, sources };
}

interface Dated {
  readonly edges: readonly GraphEdge[];
  readonly names: Record<string, string>;
  readonly allSources: Record<string, Source>;
}

/** The dated facts now, their entities' names and their sources. */
async function datedNow(gateway: QueryRunner, request: TimelineRequest): Promise<Dated> {
  const rows = await gateway.run('dated-facts', {
    entity: request.entity ?? null,
    types: request.types ?? null,
  });
  const edges = rows.flatMap((r) => edgeOf(r) ?? []);
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const [entityRows, allSources] = await Promise.all([
    gateway.run('entities-by-id', { ids }),
    readSources(gateway, edges),
  ]);
  const names = Object.fromEntries(
    entityRows.map((r) => [asText(r.id), nodeOf(r).attributes.name]),
  );
  return { edges, names, allSources };
}

/** The dated facts as known on `known`, with the names and sources known then. */
async function knownDated(
  gateway: QueryRunner,
  request: TimelineRequest,
  known: string,
): Promise<Dated> {
  const facts = await readDatedFactsKnown(
    gateway,
    { entity: request.entity, ...(request.types ? { types: request.types } : {}) },
    known,
  );
  const ids = new Set(facts.edges.flatMap((e) => [e.source, e.target]));
  const names = Object.fromEntries(
    [...ids].flatMap((id) => {
      const node = facts.nodes.get(id);
      return node ? [[id, node.attributes.name]] : [];
    }),
  );
  return { edges: facts.edges, names, allSources: facts.sources };
}

export type { TimelineEvent, Timeline };

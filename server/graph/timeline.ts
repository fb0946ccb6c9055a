// The timeline: dated facts as events in order, precision kept, filtered by entity, type, range.
import { asText } from '../neo4j/to-plain';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import { timelineEvents } from '../domain/timeline-events';
import type { FactType } from '../domain/vocabulary';
import type { QueryRunner } from '../neo4j/query-runner';
import { readSources } from './graph-service';
import { edgeOf, nodeOf } from './rows';
import type { Source } from '../domain/model';
import type { TimelineEvent, Timeline } from '../domain/api';

export interface TimelineRequest {
  readonly entity?: string | undefined;
  readonly types?: readonly FactType[] | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
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
  const nameOf = (id: string): string => names[id] ?? id;
  const events = timelineEvents(edges, nameOf, factTypes, request.from, request.to);
  const sources: Record<string, Source> = {};
  for (const e of events)
    for (const c of e.sources)
      if (allSources[c.source]) sources[c.source] = allSources[c.source] as Source;
  return { events, entities: names, sources };
}

export type { TimelineEvent, Timeline };

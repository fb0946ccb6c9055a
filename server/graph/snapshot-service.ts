// The graph as it stood on a day: state facts in force (and those uncertain), claims combined.
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { statesOn } from '../domain/snapshot';
import type { QueryRunner } from '../neo4j/query-runner';
import { graphOfEdges, readStateFacts } from './graph-service';
import { knownGraphOf, readStateFactsKnown } from './known-time';
import type { SnapshotState, Snapshot } from '../domain/api';

/**
 * The graph on `date` (YYYY-MM-DD): state facts active or uncertain then, claims combined; which
 * types are states comes from the app's `factTypes` (refreshed from the database first). With
 * `known` (YYYY-MM-DD), from the facts and entities as recorded on that day.
 */
export async function readSnapshot(
  gateway: QueryRunner,
  date: string,
  factTypes: FactTypeRegistry,
  known?: string,
): Promise<Snapshot> {
  const then = known ? await readStateFactsKnown(gateway, factTypes, known) : undefined;
  const edges = then ? [...then.edges] : await readStateFacts(gateway, factTypes);
  const states = statesOn(edges, date, factTypes).map((s): SnapshotState => ({
    claim: s.claim,
    type: s.edges[0]?.attributes.type ?? '',
    subject: s.edges[0]?.source ?? '',
    object: s.edges[0]?.target ?? '',
    state: s.state,
    time: s.time,
    facts: s.edges.map((e) => e.key),
  }));
  const inForce = new Set(
    states.filter((s) => s.state === 'active' || s.state === 'uncertain').flatMap((s) => s.facts),
  );
  const kept = edges.filter((e) => inForce.has(e.key));
  const graph = then
    ? knownGraphOf(then, kept, [], { date })
    : await graphOfEdges(gateway, kept, [], { date });
  return {
    date,
    active: states.filter((s) => s.state === 'active'),
    uncertain: states.filter((s) => s.state === 'uncertain'),
    graph,
  };
}

export type { SnapshotState, Snapshot };

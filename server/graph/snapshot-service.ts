// The graph as it stood on a day: state facts in force (and those uncertain), claims combined.
import type { SerializedGraph } from '../domain/model';
import { statesOn } from '../domain/snapshot';
import type { FactTime, IntervalState } from '../domain/time';
import { FACT_TYPES, FACT_TYPE_NAMES } from '../domain/vocabulary';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import { graphOfEdges } from './graph-service';
import { edgeOf } from './rows';

export interface SnapshotState {
  readonly claim: string;
  readonly type: string;
  readonly subject: string;
  readonly object: string;
  readonly state: IntervalState;
  /** The claim's facts combined: a boundary one source leaves unknown filled from another. */
  readonly time: FactTime;
  readonly facts: readonly string[];
}

export interface Snapshot {
  readonly date: string;
  /** State facts surely in force on the day. */
  readonly active: readonly SnapshotState[];
  /** State facts whose start or end is too vague to say. */
  readonly uncertain: readonly SnapshotState[];
  /** The entities and facts in force (active and uncertain). */
  readonly graph: SerializedGraph;
}

const STATE_TYPES = FACT_TYPE_NAMES.filter((t) => FACT_TYPES[t].shape === 'state');

export async function readSnapshot(gateway: Neo4jGateway, date: string): Promise<Snapshot> {
  const rows = await gateway.read(cypher('state-facts'), { types: STATE_TYPES });
  const edges = rows.flatMap((r) => edgeOf(r) ?? []);
  const states = statesOn(edges, date).map((s): SnapshotState => ({
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
  const graph = await graphOfEdges(
    gateway,
    edges.filter((e) => inForce.has(e.key)),
    [],
    { date },
  );
  return {
    date,
    active: states.filter((s) => s.state === 'active'),
    uncertain: states.filter((s) => s.state === 'uncertain'),
    graph,
  };
}

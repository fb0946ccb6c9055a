// The graph as it stood on a day: state facts in force (and those uncertain), claims combined.
import { statesOn } from '../domain/snapshot';
import { FACT_TYPES, FACT_TYPE_NAMES } from '../domain/vocabulary';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import { graphOfEdges } from './graph-service';
import { edgeOf } from './rows';
import type { SnapshotState, Snapshot } from '../domain/api';

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

export type { SnapshotState, Snapshot };

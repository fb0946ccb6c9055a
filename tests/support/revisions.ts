// Revisions written straight into the test database, as the authoring service writes them, so
// "as known on" reads can be tested on their own (seq, at, target, targetId, before, after).
import type { Entity, Fact, GraphEdge, GraphNode } from '../../server/domain/model';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { beforeEnds } from '../../server/authoring/revision-store';

/** One revision node: `at` is ISO 8601 UTC, snapshots are wire records (null: none). */
export interface TestRevision {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly target: 'entity' | 'fact' | 'source' | 'file';
  readonly targetId: string;
  readonly before: Entity | Fact | null;
  readonly after: Entity | Fact | null;
}

/** Writes `revision` as a `(:Revision)` node (a fact's with the ends of its `before`). */
export async function writeRevision(gateway: Neo4jGateway, revision: TestRevision): Promise<void> {
  await gateway.write(
    `CREATE (:Revision {seq: $seq, at: datetime($at), editor: 'test', action: $action,
       target: $target, targetId: $targetId, before: $before, after: $after,
       beforeSubject: $beforeSubject, beforeObject: $beforeObject})`,
    {
      ...revision,
      ...beforeEnds(revision.target, revision.before),
      before: revision.before === null ? null : JSON.stringify(revision.before),
      after: revision.after === null ? null : JSON.stringify(revision.after),
    },
  );
}

/** A graph node as the wire entity it is. */
export function entityOf(node: GraphNode): Entity {
  return { id: node.key, ...node.attributes };
}

/** A graph edge as the wire fact it is. */
export function factOf(edge: GraphEdge): Fact {
  return { id: edge.key, subject: edge.source, object: edge.target, ...edge.attributes };
}

/**
 * Sets the loaded records' `recordedAt` to 2000-01-01, so the days the tests name (2020 and
 * later) come after the load, as they would for data loaded long ago.
 */
export async function recordedLongAgo(gateway: Neo4jGateway): Promise<void> {
  await gateway.write("MATCH (n:Entity) SET n.recordedAt = datetime('2000-01-01T00:00:00Z')");
  await gateway.write(
    "MATCH (:Entity)-[r]->(:Entity) WHERE r.recordedAt IS NOT NULL SET r.recordedAt = datetime('2000-01-01T00:00:00Z')",
  );
}

// Generates revisions for the authoring benchmark, server-side (UNWIND in batches): one per
// generated fact, as the authoring service writes them (revision-create.cypher's properties,
// whole wire records as JSON), spread over the days of a span; one in ten retracts its fact.
import neo4j, { type Driver } from 'neo4j-driver';
import { FACT_TYPE_NAMES, type BuiltInFactType } from '../../server/domain/vocabulary';

/** How many revisions, over which days (ISO `YYYY-MM-DD`, the first and the last). */
export interface RevisionPlan {
  readonly revisions: number;
  readonly firstDay: string;
  readonly lastDay: string;
  /** When every generated entity and fact was first recorded (before `firstDay`). */
  readonly recordedAt: string;
  readonly database: string;
  readonly log: (line: string) => void;
}

const BATCH_ROWS = 5000;

async function write(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(query, params);
  } finally {
    await session.close();
  }
}

// A wire fact as JSON text (the fields known-on.ts checks), the way the service snapshots one:
// id, subject, object first, then the rest. `note` tells the state then from the state now.
const SNAPSHOT = `'{"id":"' + r.id + '","subject":"' + a.id + '","object":"' + b.id +
  '","type":"' + type(r) + '","time":{},"attributes":{"note":"' + note + '"},"sources":[]}'`;

// Revision j changes fact gen-f-j (of the type generate-graph.ts gave it) at a day
// spread evenly over the span (seq j + 1); every tenth retracts it (the relationship goes, its
// snapshot stays in the revision). The type is in the text so the lookup uses its index.
const revisionsQuery = (type: BuiltInFactType): string => `
UNWIND range($first, $last, $step) AS j
CALL (j) {
  MATCH (a:Entity)-[r:${type} {id: 'gen-f-' + j}]->(b:Entity)
  WITH j, a, r, b, datetime($start) + duration({days: (j * $days) / $count}) AS at
  WITH j, a, r, b, at, j % 10 = 0 AS retract
  WITH j, a, r, b, at, retract, 'then' AS note
  WITH j, a, r, b, at, retract, ${SNAPSHOT} AS before
  WITH j, a, r, b, at, retract, before, 'now' AS note
  CREATE (:Revision {
    seq: j + 1, at: at, editor: 'bench', action: CASE WHEN retract THEN 'retract' ELSE 'update' END,
    target: 'fact', targetId: r.id, before: before, beforeSubject: a.id, beforeObject: b.id,
    after: CASE WHEN retract THEN null ELSE ${SNAPSHOT} END
  })
  WITH r, j, retract
  SET r.revision = j + 1
  WITH r, retract WHERE retract
  DELETE r
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS`;

/** The revisions of `plan`; the generated graph (generate-graph.ts) must hold them. */
export async function generateRevisions(driver: Driver, plan: RevisionPlan): Promise<void> {
  const { database } = plan;
  await write(
    driver,
    database,
    `MATCH (e:Entity) CALL (e) { SET e.recordedAt = datetime($at) } IN TRANSACTIONS OF 10000 ROWS`,
    { at: plan.recordedAt },
  );
  await write(
    driver,
    database,
    `MATCH ()-[r]->() CALL (r) { SET r.recordedAt = datetime($at) } IN TRANSACTIONS OF 10000 ROWS`,
    { at: plan.recordedAt },
  );
  plan.log('recordedAt set on every entity and fact');
  const days = Math.round(
    (Date.parse(`${plan.lastDay}T00:00:00Z`) - Date.parse(`${plan.firstDay}T00:00:00Z`)) /
      86_400_000,
  );
  // Fact j has type FACT_TYPE_NAMES[j mod the number of types] (generate-graph.ts).
  const step = FACT_TYPE_NAMES.length;
  for (const [t, type] of FACT_TYPE_NAMES.entries()) {
    await write(driver, database, revisionsQuery(type), {
      first: neo4j.int(t),
      last: neo4j.int(plan.revisions - 1),
      step: neo4j.int(step),
      count: neo4j.int(plan.revisions),
      days: neo4j.int(days),
      start: `${plan.firstDay}T12:00:00Z`,
    });
    plan.log(`revisions: ${type} done (${t + 1}/${step} types)`);
  }
  await write(
    driver,
    database,
    "MERGE (c:RevisionCounter {name: 'revisions'}) SET c.seq = toInteger($seq)",
    { seq: neo4j.int(plan.revisions) },
  );
}

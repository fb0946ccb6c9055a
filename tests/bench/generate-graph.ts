// Generates a large deterministic benchmark graph server-side (UNWIND in batches) and clears it.
import neo4j, { type Driver } from 'neo4j-driver';
import {
  ENTITY_KINDS,
  FACT_TYPES,
  FACT_TYPE_NAMES,
  type BuiltInFactType,
} from '../../server/domain/vocabulary';

export interface GraphSize {
  readonly entities: number;
  readonly relationships: number;
}

export interface GenerateOptions extends GraphSize {
  readonly database: string;
  readonly log: (line: string) => void;
}

/** Entity i is named from four of these syllables (i in base 24): unique below 24^4 entities. */
// prettier-ignore
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ra', 've', 'no', 'ti', 'sa', 'pe', 'lu', 'zo', 'ma',
  'ri', 'do', 'fe', 'gu', 'ha', 'ne', 'bo', 'ce', 'di', 'ja', 'ko', 'ta',
];

const SUFFIX: Readonly<Record<(typeof ENTITY_KINDS)[number], string>> = {
  Organization: 'Council',
  Company: 'Holdings',
  Brand: 'Atelier',
  Marketplace: 'Market',
  Person: 'Person',
  Place: 'City',
  Publication: 'Herald',
  Topic: 'Affair',
  Other: 'Entity',
};

const BATCH_ROWS = 10000;
/** Facts per round of auto-commit queries (one per type), each well under the tx timeout. */
const REL_CHUNK = 250000;

async function runAutoCommit(
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

/** Deletes every node and relationship, in batches. */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  await runAutoCommit(
    driver,
    database,
    `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${BATCH_ROWS} ROWS`,
  );
}

// The same property layout as cypher/load-entities.cypher: id, kind, name, aliases, aliasText,
// summary, file, plus the kind as a label. The label comes from the allowlist.
function entityQuery(kind: (typeof ENTITY_KINDS)[number]): string {
  return `
UNWIND range($first, $last, $step) AS i
CALL (i) {
  WITH i, $syllables AS s, size($syllables) AS b
  WITH i, s[i % b] + s[(i / b) % b] + s[(i / (b * b)) % b] + s[(i / (b * b * b)) % b] AS w
  WITH i, toUpper(substring(w, 0, 1)) + substring(w, 1) AS word
  WITH i, word, CASE WHEN i % 2 = 0 THEN [word + ' Group'] ELSE [] END AS aliases
  CREATE (e:Entity:${kind} {
    id: 'gen-' + i, kind: $kind, name: word + ' ' + $suffix, aliases: aliases,
    aliasText: reduce(t = '', a IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' | ' END + a),
    summary: 'Generated entity number ' + i, file: 'generated'
  })
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS`;
}

// Facts as the loader stores them: id, sourceIds, citations (JSON and lists, here empty), file,
// and time points flattened to day precision (events at a day; every other state starting on a
// day), bounds as DATE values.
function factQuery(type: BuiltInFactType): string {
  const dated =
    FACT_TYPES[type].shape === 'event'
      ? 'SET r.atDate = d, r.atPrecision = "day", r.atEarliest = date(d), r.atLatest = date(d)'
      : 'SET r += CASE WHEN j % 2 = 0 THEN ' +
        '{startDate: d, startPrecision: "day", startEarliest: date(d), startLatest: date(d)} ELSE {} END';
  return `
UNWIND range($first, $last, $step) AS j
CALL (j) {
  WITH j, j % $n AS s,
       toInteger($n * (((j * 2654435761 + 40503) % 4294967296) / 4294967296.0) ^ 2) AS t0
  WITH j, s, CASE WHEN t0 = s THEN (t0 + 1) % $n ELSE t0 END AS t,
       toString(date('2005-01-01') + duration({days: (j * 7919) % 5000})) AS d
  MATCH (a:Entity {id: 'gen-' + s})
  MATCH (b:Entity {id: 'gen-' + t})
  CREATE (a)-[r:${type} {id: 'gen-f-' + j, sourceIds: [], citations: '[]', citationSources: [],
                          file: 'generated'}]->(b)
  ${dated}
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS`;
}

/** First member of `start + k * step` at or after `start` that is `residue` modulo `step`. */
function firstWithResidue(start: number, residue: number, step: number): number {
  return start + ((((residue - start) % step) + step) % step);
}

async function createEntities(driver: Driver, options: GenerateOptions): Promise<void> {
  const step = ENTITY_KINDS.length;
  for (const [k, kind] of ENTITY_KINDS.entries()) {
    await runAutoCommit(driver, options.database, entityQuery(kind), {
      first: neo4j.int(k),
      last: neo4j.int(options.entities - 1),
      step: neo4j.int(step),
      kind,
      suffix: SUFFIX[kind],
      syllables: SYLLABLES,
    });
    options.log(`entities: ${kind} done (${k + 1}/${step} kinds)`);
  }
}

/**
 * Fact `j` goes from entity `j mod N` (ten or so out each) to a target drawn with a skewed,
 * deterministic hash (u^2 of a multiplicative hash), so low-numbered entities become hubs with
 * thousands of facts while most have a few dozen: scale-free-ish, the same on every run.
 */
async function createFacts(driver: Driver, options: GenerateOptions): Promise<void> {
  const step = FACT_TYPE_NAMES.length;
  const started = Date.now();
  for (let start = 0; start < options.relationships; start += REL_CHUNK) {
    const last = Math.min(start + REL_CHUNK, options.relationships) - 1;
    for (const [t, type] of FACT_TYPE_NAMES.entries()) {
      const first = firstWithResidue(start, t, step);
      if (first > last) continue;
      await runAutoCommit(driver, options.database, factQuery(type), {
        first: neo4j.int(first),
        last: neo4j.int(last),
        step: neo4j.int(step),
        n: neo4j.int(options.entities),
      });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    options.log(`facts: ${last + 1} of ${options.relationships} (${seconds} s)`);
  }
}

/** Creates the generated graph; the schema (constraints, full-text index) must exist. */
export async function generateGraph(driver: Driver, options: GenerateOptions): Promise<void> {
  if (options.entities < 2) throw new Error('the generated graph needs at least 2 entities');
  await createEntities(driver, options);
  await createFacts(driver, options);
  await runAutoCommit(driver, options.database, 'CALL db.awaitIndexes(600)');
}

// Writes validated fact files to Neo4j in one transaction: batched UNWIND, MERGE on ids.
import { factToProperties } from '../domain/fact-record';
import { aliasSearchText } from '../domain/text-policy';
import { ENTITY_KINDS } from '../domain/vocabulary';
import { cypher, statements } from '../neo4j/cypher-files';
import { namedQueries, type Neo4jGateway, type WriteTx } from '../neo4j/gateway';
import { recordFileRevisions } from '../authoring/file-revisions';
import { asText } from '../neo4j/to-plain';
import { appEditedFacts, keepAppEdits } from './edited-facts';
import { mergeWithStored, type LoadEntityRow } from './load-merge';
import type { KnownIds, ValidFile } from './validate';

export interface Tally {
  /** Items in the files. */
  total: number;
  /** Of those, how many were new to the database (the rest were updated in place). */
  created: number;
}

export interface LoadReport {
  readonly entities: Tally;
  readonly sources: Tally;
  readonly facts: Tally;
}

export interface Progress {
  readonly phase: 'entities' | 'sources' | 'facts';
  readonly done: number;
  readonly total: number;
}

export interface LoadOptions {
  readonly batchSize?: number;
  readonly onProgress?: (progress: Progress) => void;
  /** Limit for the whole load transaction. */
  readonly timeoutMs?: number;
}

/**
 * Creates the constraints and indexes the loader and the queries rely on (idempotent). Start-up
 * work: not under the user transaction timeout, transient errors retried until `deadline`
 * (epoch ms; NEO4J_READY_TIMEOUT_MS from now by default).
 */
export async function ensureSchema(gateway: Neo4jGateway, deadline?: number): Promise<void> {
  await gateway.runSchema(statements('schema'), deadline);
}

/** Entity and source ids already stored, which files being loaded may refer to. */
export async function knownIds(gateway: Neo4jGateway): Promise<KnownIds> {
  const [row] = await gateway.read(cypher('known-ids'));
  return {
    entities: new Set((row?.entities as string[] | undefined) ?? []),
    sources: new Set((row?.sources as string[] | undefined) ?? []),
  };
}

function entityRows(files: readonly ValidFile[]): Record<string, unknown>[] {
  return files.flatMap((f) =>
    f.data.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      otherKinds: ENTITY_KINDS.filter((k) => k !== e.kind),
      name: e.name,
      aliases: e.aliases,
      aliasText: aliasSearchText(e.name, e.aliases),
      summary: e.summary ?? null,
      file: f.name,
    })),
  );
}

function sourceRows(files: readonly ValidFile[]): Record<string, unknown>[] {
  return files.flatMap((f) =>
    f.data.sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      url: s.url ?? null,
      published: s.published,
      author: s.author ?? null,
      file: f.name,
    })),
  );
}

function factRows(files: readonly ValidFile[]): Record<string, unknown>[] {
  return files.flatMap((f) =>
    f.data.facts.map((fact) => ({
      id: fact.id,
      type: fact.type,
      subject: fact.subject,
      object: fact.object,
      props: factToProperties(fact, f.name),
    })),
  );
}

type Rows = readonly Record<string, unknown>[];

async function inBatches(
  tx: WriteTx,
  query: string,
  rows: Rows,
  phase: Progress['phase'],
  options: LoadOptions,
  created: () => number,
  prepare: (batch: Rows) => Promise<Rows> = (batch) => Promise.resolve(batch),
): Promise<Tally> {
  const size = options.batchSize ?? 1000;
  const before = created();
  for (let i = 0; i < rows.length; i += size) {
    await tx.run(query, { rows: await prepare(rows.slice(i, i + size)) });
    options.onProgress?.({ phase, done: Math.min(i + size, rows.length), total: rows.length });
  }
  return { total: rows.length, created: created() - before };
}

/**
 * Entity rows made to keep what other sources said of the stored entities (load-stored.cypher
 * read in the load's transaction, then `mergeWithStored`).
 */
async function keepingStored(tx: WriteTx, batch: Rows): Promise<Rows> {
  const found = await tx.run(cypher('load-stored'), { rows: batch });
  const stored = new Map(found.map((r) => [asText(r.id), r]));
  return batch.map((row) => mergeWithStored(row as LoadEntityRow, stored.get(String(row.id))));
}

/**
 * Loads validated files atomically: entities, then sources, then facts, in one transaction,
 * with one revision per file (action `load`, target `file`; records keep `recordedAt`).
 * Loading the same files again updates in place and leaves the same counts; a fact the app
 * edited gets the file's version, the app's kept as a revision (edited-facts.ts). A data file's
 * name, kind and summary are the entity's; what imports or other files said of it is kept
 * (their names as aliases, their attributes, their differing values by source: load-merge.ts).
 */
export async function loadFiles(
  gateway: Neo4jGateway,
  files: readonly ValidFile[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  await ensureSchema(gateway);
  return gateway.writeTransaction(async (tx) => {
    const nodes = (): number => tx.counters.nodesCreated;
    const rels = (): number => tx.counters.relationshipsCreated;
    const entities = await inBatches(
      tx,
      cypher('load-entities'),
      entityRows(files),
      'entities',
      options,
      nodes,
      (batch) => keepingStored(tx, batch),
    );
    // Then one kind label each: a Brand made a Company loses the Brand label.
    const quiet = { batchSize: options.batchSize ?? 1000 };
    await inBatches(tx, cypher('load-entity-kinds'), entityRows(files), 'entities', quiet, nodes);
    const sources = await inBatches(
      tx,
      cypher('load-sources'),
      sourceRows(files),
      'sources',
      options,
      nodes,
    );
    // Facts the app edited: the file's version is written, the app's kept as a revision.
    const edited = await appEditedFacts(
      tx,
      files.flatMap((f) => f.data.facts.map((fact) => ({ ...fact, file: f.name }))),
    );
    const facts = await inBatches(
      tx,
      cypher('load-facts'),
      factRows(files),
      'facts',
      options,
      rels,
    );
    await keepAppEdits(tx, gateway.database, edited);
    const described = files.map((f) => ({ name: f.name, description: f.data.description ?? null }));
    await tx.run(cypher('load-data-files'), { rows: described });
    await recordFileRevisions(
      namedQueries(tx, gateway.database),
      files.map((f) => f.name),
      'load',
    );
    return { entities, sources, facts };
  }, options.timeoutMs ?? 600000);
}

// The second pass: the files are read again and written in batches, entities first, then
// facts (a batch's entities in one transaction of UNWIND ... MERGE on constrained ids, its facts
// in a second; batch-schedule.ts orders them); rows found bad in the first pass are left out.
// While batches are written the next one is read.
import { retryBatch } from './batch-retry';
import { BatchSchedule } from './batch-schedule';
import { cypher, plannedOnce } from '../neo4j/cypher-files';
import type { Neo4jGateway, WriteTx } from '../neo4j/gateway';
import type { TimeSlot } from './fact-query';
import { FactWriter } from './fact-writes';
import { mergeFragments } from './ftm-fragments';
import { planAgainstStored } from './stored-plan';
import type { EntityDraft, FormatReader, ImportProgressReport } from './types';
import { badKey, sweepFiles } from './validate-pass';
import {
  entityRow,
  factRow,
  impliedMention,
  impliedRow,
  keepsOwnId,
  sharedFactParams,
  sharesClaimId,
  type Row,
} from './write-rows';

export { factRow, impliedRow, sharedFactParams } from './write-rows';

export interface WriteOptions {
  readonly batchSize: number;
  readonly bad: ReadonlySet<string>;
  /** The Source id each file's facts cite, by file index. */
  readonly sourceIds: readonly string[];
  /** Entity ids defined more than once (FtM fragments): merged, then written once. */
  readonly duplicates?: ReadonlySet<string>;
  /** The stored names of every attribute the import's facts have. */
  readonly attributeKeys: ReadonlySet<string>;
  readonly timeSlots: ReadonlySet<TimeSlot>;
  /**
   * Source ids the database did not hold when the import began: their facts are created, not
   * merged (none by default).
   */
  readonly freshSources?: ReadonlySet<string>;
  /**
   * True when the database held no entity as the import began: an implied entity this import
   * has not written is then known to be absent and is not looked up (false by default).
   */
  readonly emptyAtStart?: boolean;
  readonly progress: (p: Omit<ImportProgressReport, 'phase' | 'totalBytes'>) => void;
  /**
   * Batches whose facts are written at once (BatchSchedule; 1 by default: one after another).
   */
  readonly concurrency?: number;
  /** Records the rows written once a batch is written, in that batch's transaction. */
  readonly record?: (tx: WriteTx, written: number) => Promise<void>;
}

export interface WriteTally {
  entities: number;
  facts: number;
  /** Entities another file or dataset wrote first, by that file: merged, not overwritten. */
  readonly merged: Map<string, Set<string>>;
}

interface Batch {
  entities: Row[];
  implied: Row[];
  facts: Row[];
  /** Parallel to `facts`: true where the fact keeps its file's own id or its claim's. */
  keptIds: boolean[];
  /** Parallel to `facts`: true where the id is its claim's (another file may have written it). */
  claimIds: boolean[];
  /** What every fact of the batch shares: it comes from one file. */
  shared: Row;
  /** The Source id the batch's file cites. */
  sourceId: string;
  /** Ids of `implied` known to be absent from the database (`emptyAtStart`): not looked up. */
  absent: Set<string>;
}

const emptyBatch = (shared: Row = {}, sourceId = ''): Batch => ({
  entities: [],
  implied: [],
  facts: [],
  keptIds: [],
  claimIds: [],
  shared,
  sourceId,
  absent: new Set(),
});

/** Entity ids an import that began on an empty graph remembers, at most (about 80 bytes each). */
const MAX_REMEMBERED_IDS = 5_000_000;

/**
 * The write pass: entities then facts in batches of one transaction each; returns what was written
 * and merged.
 */
export async function writeAll(
  gateway: Neo4jGateway,
  reader: FormatReader,
  options: WriteOptions,
): Promise<WriteTally> {
  const tally: WriteTally = { entities: 0, facts: 0, merged: new Map() };
  let rows = 0;
  let bytes = 0;
  // Entities implied by facts are merged once per import for each different thing the file
  // says of them (one name and description: once), not once per fact that names them.
  const implied = new Set<string>();
  // Ids this import has written, while it can tell the others absent (`emptyAtStart`).
  const written = options.emptyAtStart === true ? new Set<string>() : undefined;
  const remember = (id: string): boolean => {
    if (written === undefined || written.has(id)) return false;
    if (written.size >= MAX_REMEMBERED_IDS) return false;
    written.add(id);
    return true;
  };
  const facts = new FactWriter(
    options.timeSlots,
    options.attributeKeys,
    options.freshSources ?? new Set(),
    gateway.database,
  );
  const retry = <T>(work: () => Promise<T>): Promise<T> =>
    retryBatch(gateway, 'Writing a batch of the import', work);
  const schedule = new BatchSchedule(options.concurrency ?? 1);
  const report = (): void =>
    options.progress({ rows, bytes, written: tally.entities + tally.facts });
  /** A batch's entities: the file's own, then those its facts imply, in one transaction. */
  const writeEntities = async (batch: Batch): Promise<void> => {
    if (batch.entities.length + batch.implied.length === 0) return;
    const attempt = (): Promise<void> =>
      gateway.writeTransaction(async (tx) => {
        if (batch.entities.length > 0) {
          const plan = await planAgainstStored(tx, batch.entities, tally.merged);
          await tx.run(plannedOnce('import-entities'), { rows: plan.rows });
          if (plan.relabel.length > 0) {
            await tx.run(plannedOnce('import-entity-kinds'), { rows: plan.relabel });
          }
        }
        if (batch.implied.length > 0) {
          const plan = await planAgainstStored(tx, batch.implied, undefined, (id) =>
            batch.absent.has(id),
          );
          await tx.run(plannedOnce('import-implied-entities'), { rows: plan.rows });
          if (plan.relabel.length > 0) {
            await tx.run(plannedOnce('import-entity-kinds'), { rows: plan.relabel });
          }
        }
        if (batch.facts.length === 0) {
          await options.record?.(tx, tally.entities + tally.facts + batch.entities.length);
        }
      }, 300_000);
    await retry(attempt);
    tally.entities += batch.entities.length;
    if (batch.facts.length === 0) report();
  };
  /** A batch's facts, and the import's count of rows written, in one transaction. */
  const writeFacts = async (batch: Batch): Promise<void> => {
    if (batch.facts.length === 0) return;
    await retry(() =>
      gateway.writeTransaction(async (tx) => {
        await facts.write(tx, {
          rows: batch.facts,
          keptIds: batch.keptIds,
          claimIds: batch.claimIds,
          sourceId: batch.sourceId,
          shared: batch.shared,
        });
        await options.record?.(tx, tally.entities + tally.facts + batch.facts.length);
      }, 300_000),
    );
    tally.facts += batch.facts.length;
    report();
  };
  /** Starts writing a batch (see BatchSchedule); reading goes on meanwhile. */
  const flush = (batch: Batch): Promise<void> =>
    schedule.add({
      factIds: new Set(batch.facts.map((f) => String(f.id))),
      entities: () => writeEntities(batch),
      facts: () => writeFacts(batch),
    });

  // Sources the files carry are written once every entity is (their publishers link to them).
  const sources: Row[] = [];
  const fragments = new Map<string, { entity: EntityDraft; file: string }>();
  for (const sweep of ['entities', 'facts'] as const) {
    if (sweep === 'facts' && fragments.size > 0) {
      const merged = [...fragments.values()].map((f) => entityRow(f.entity, f.file));
      for (let i = 0; i < merged.length; i += options.batchSize) {
        await flush({ ...emptyBatch(), entities: merged.slice(i, i + options.batchSize) });
      }
    }
    // Facts name entities: every entity batch is committed before the first fact batch starts.
    if (sweep === 'facts') await schedule.settle();
    if (sweep === 'facts' && sources.length > 0) {
      await retryBatch(gateway, "Writing the import's sources", () =>
        gateway.writeTransaction((tx) => tx.run(cypher('load-sources'), { rows: sources })),
      );
    }
    for (const [index, file] of sweepFiles(reader.files, sweep)) {
      const sourceId = options.sourceIds[index] ?? '';
      const shared = sharedFactParams(sourceId, file.label);
      let batch = emptyBatch(shared, sourceId);
      let line = 0;
      for await (const item of reader.read(file, (n) => (bytes += n))) {
        if (item.line !== line) rows += 1;
        line = item.line;
        if (sweep === 'entities' && item.kind === 'source') {
          sources.push({ url: null, author: null, ...item.source, file: file.label });
          continue;
        } else if (sweep === 'entities' && item.kind === 'entity') {
          if (options.bad.has(badKey(index, item.line, 'entity'))) continue;
          if (options.duplicates?.has(item.entity.id)) {
            remember(item.entity.id);
            const known = fragments.get(item.entity.id);
            fragments.set(item.entity.id, {
              entity: known ? mergeFragments(known.entity, item.entity) : item.entity,
              file: known?.file ?? file.label,
            });
            continue;
          }
          remember(item.entity.id);
          batch.entities.push(entityRow(item.entity, file.label));
        } else if (sweep === 'facts' && item.kind === 'fact') {
          if (options.bad.has(badKey(index, item.line, 'fact'))) continue;
          const { fact } = item;
          for (const e of fact.implied) {
            const said = impliedMention(e);
            if (implied.has(said)) continue;
            implied.add(said);
            const row = impliedRow(e, file.label);
            // Only a plain mention (no name or attributes to merge) skips the lookup: were
            // another writer to add the entity meanwhile, nothing of its would be overwritten.
            if (remember(e.id) && row.alias === null) batch.absent.add(e.id);
            batch.implied.push(row);
          }
          batch.facts.push(factRow(fact, sourceId, file.label));
          batch.keptIds.push(keepsOwnId(fact) || sharesClaimId(fact));
          batch.claimIds.push(sharesClaimId(fact));
        } else continue;
        if (batch.entities.length + batch.facts.length >= options.batchSize) {
          await flush(batch);
          batch = emptyBatch(shared, sourceId);
        }
      }
      if (batch.entities.length + batch.facts.length > 0) await flush(batch);
    }
  }
  await schedule.settle();
  return tally;
}

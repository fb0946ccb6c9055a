// How one import writes its facts, batch by batch: facts of a file the database has never seen
// are created (each id once; a repeat within the import is merged), every other fact is merged
// by id with one query text per fact type, so that type's id index serves the MERGE. A fact
// whose id is its claim's that another file wrote is written over, the version it replaces
// kept as a revision (claim-revisions.ts).
import type { WriteTx } from '../neo4j/gateway';
import { factsOthersWrote, recordReplacedFacts } from './claim-revisions';
import { factQuery, type TimeSlot } from './fact-query';

type Row = Record<string, unknown>;

/** A batch's facts: the rows, and for each whether it must be merged whatever its file. */
export interface FactBatch {
  readonly rows: readonly Row[];
  /** Parallel to `rows`: true where the id is the file's own (it may already be stored). */
  readonly keptIds: readonly boolean[];
  /** Parallel to `rows`: true where the id is its claim's (another file may have written it). */
  readonly claimIds?: readonly boolean[];
  /** The Source id the batch's file cites. */
  readonly sourceId: string;
  /** What every fact of the batch shares (sharedFactParams). */
  readonly shared: Row;
}

/**
 * Writes an import's fact batches. `freshSources` are the Source ids the database did not hold
 * when the import began: their facts' ids (derived from the Source id, ids.ts) cannot be stored
 * yet, so they are created. The ids created are remembered for the import (about 80 bytes a
 * fact) so a repeated row is merged, never created twice.
 */
export class FactWriter {
  private readonly created = new Set<string>();
  private readonly typed = new Map<string, string>();
  private readonly createQuery: string;

  constructor(
    private readonly slots: ReadonlySet<TimeSlot>,
    private readonly keys: ReadonlySet<string>,
    private readonly freshSources: ReadonlySet<string>,
    private readonly database = 'neo4j',
  ) {
    this.createQuery = factQuery(slots, keys, { mode: 'create' });
  }

  /** The MERGE query for facts of one type (built once per type). */
  private mergeQuery(type: string): string {
    let text = this.typed.get(type);
    if (text === undefined) {
      text = factQuery(this.slots, this.keys, { mode: 'typed', type });
      this.typed.set(type, text);
    }
    return text;
  }

  /** Writes one batch in `tx`: the created facts first, then the merged ones by type. */
  async write(tx: WriteTx, batch: FactBatch): Promise<void> {
    const fresh = this.freshSources.has(batch.sourceId);
    const create: Row[] = [];
    const merge = new Map<string, Row[]>();
    const claimed = new Map<string, string[]>();
    for (const [i, row] of batch.rows.entries()) {
      if (batch.claimIds?.[i] === true) {
        const ids = claimed.get(String(row.type)) ?? [];
        ids.push(String(row.id));
        claimed.set(String(row.type), ids);
      }
      const id = String(row.id);
      if (fresh && batch.keptIds[i] !== true && !this.created.has(id)) {
        this.created.add(id);
        create.push(row);
        continue;
      }
      const type = String(row.type);
      const rows = merge.get(type) ?? [];
      rows.push(row);
      merge.set(type, rows);
    }
    if (create.length > 0) await tx.run(this.createQuery, { rows: create, ...batch.shared });
    const file = typeof batch.shared.file === 'string' ? batch.shared.file : '';
    for (const [type, rows] of merge) {
      const replaced = await factsOthersWrote(tx, type, claimed.get(type) ?? [], file);
      await tx.run(this.mergeQuery(type), { rows, ...batch.shared });
      await recordReplacedFacts(tx, this.database, type, replaced, file);
    }
  }
}

// Each import is recorded in Neo4j as an (:Import) node, so that one that did not finish is known.
import type { ImportRecordSummary, ImportStatus } from '../domain/api';
import { PIPELINE_EDITOR, recordFileRevisions } from '../authoring/file-revisions';
import { cypher } from '../neo4j/cypher-files';
import { namedQueries, type Neo4jGateway, type WriteTx } from '../neo4j/gateway';
import type { QueryRunner } from '../neo4j/query-runner';
import { datasetSourceId } from './ids';

/** An import that began writing and recorded no end: interrupted (or still running elsewhere). */
export interface UnfinishedImport {
  readonly id: string;
  readonly dataset: string;
  readonly format: string;
  readonly files: readonly string[];
  /** ISO 8601 date-time. */
  readonly startedAt: string;
  readonly rowsWritten: number;
}

/** One import's record: `running` (or interrupted), `finished`, `failed` or `completed` by a re-run. */
export interface ImportRecord extends UnfinishedImport {
  readonly status: 'running' | 'finished' | 'failed' | 'completed' | 'undone';
  readonly finishedAt: string | null;
  readonly message: string | null;
  /** The Source id of each file (null on records written before they were kept). */
  readonly sourceIds: readonly string[] | null;
}

/** Imports that never recorded an end, oldest first. */
export async function unfinishedImports(gateway: Neo4jGateway): Promise<UnfinishedImport[]> {
  const rows = await gateway.read(cypher('import-records-unfinished'));
  return rows as unknown as UnfinishedImport[];
}

/**
 * Recorded imports, newest first (at most `limit`). A record that never ended is `running`
 * when `active` holds its id (a job of this app), else `interrupted`.
 */
export async function listImports(
  gateway: QueryRunner,
  active: ReadonlySet<string> = new Set(),
  limit = 100,
): Promise<ImportRecordSummary[]> {
  const rows = await gateway.run('import-records-list', { limit });
  return rows.map((row) => {
    const r = row as unknown as ImportRecord & { completedBy: string | null };
    const status: ImportStatus =
      r.status === 'running' ? (active.has(r.id) ? 'running' : 'interrupted') : r.status;
    return {
      id: r.id,
      dataset: r.dataset,
      format: r.format,
      files: [...r.files],
      sourceIds: [...(r.sourceIds ?? r.files.map((label) => datasetSourceId(label)))],
      startedAt: r.startedAt,
      finishedAt: r.finishedAt ?? null,
      status,
      rowsWritten: r.rowsWritten,
      message: r.message ?? null,
      completedBy: r.completedBy ?? null,
    };
  });
}

/** The record of import `id`, or undefined. */
export async function readImportRecord(
  gateway: QueryRunner,
  id: string,
): Promise<ImportRecord | undefined> {
  const [row] = await gateway.run('import-record', { id });
  return row as unknown as ImportRecord | undefined;
}

/**
 * Undoes import `id`: removes the facts only its files' dataset sources back (in batches of
 * 10,000), then the entities its files wrote that no fact touches any more, and its sources.
 * Returns what it removed; undefined when there is no such import.
 */
export async function undoImport(
  gateway: QueryRunner,
  id: string,
): Promise<{ facts: number; entities: number } | undefined> {
  const record = await readImportRecord(gateway, id);
  if (!record) return undefined;
  const sourceIds = record.sourceIds ?? record.files.map((label) => datasetSourceId(label));
  let facts = 0;
  for (;;) {
    const [row] = await gateway.run('import-undo-facts', { sourceIds, limit: 10000 });
    const removed = Number(row?.removed ?? 0);
    facts += removed;
    if (removed === 0) break;
  }
  const [row] = await gateway.run('import-undo-entities', {
    id,
    files: [...record.files],
    sourceIds,
    undoneAt: new Date().toISOString(),
  });
  return { facts, entities: Number(row?.entities ?? 0) };
}

/** One line for a person: what did not finish, and how to complete it. */
export function describeUnfinished(record: UnfinishedImport): string {
  return (
    `The import ${record.id} of ${record.files.join(', ')} (dataset "${record.dataset}", ` +
    `${record.format}) did not finish: started ${record.startedAt}, ` +
    `${record.rowsWritten.toLocaleString('en')} rows written. Import the same files again to ` +
    `complete it (what it wrote is merged, not doubled), or undo it: npm run import -- undo ${record.id}`
  );
}

/**
 * The record of one running import: `begin` before the first batch, `progress` as batches
 * commit (in each batch's own transaction), `end` once. A process killed in between leaves it
 * `running`, which readers report as not finished.
 */
export class ImportRecorder {
  private written = 0;

  constructor(
    private readonly gateway: Neo4jGateway,
    readonly id: string,
  ) {}

  /**
   * Records the start: dataset, format, file names and each file's Source id (by index);
   * returns the unfinished imports of the same dataset and files it completes.
   */
  async begin(
    dataset: string,
    format: string,
    files: readonly string[],
    sourceIds: readonly string[],
  ): Promise<UnfinishedImport[]> {
    const same = (await unfinishedImports(this.gateway)).filter(
      (r) =>
        r.id !== this.id &&
        r.dataset === dataset &&
        r.files.length === files.length &&
        r.files.every((f, i) => f === files[i]),
    );
    await this.gateway.write(cypher('import-record-begin'), {
      id: this.id,
      dataset,
      format,
      files: [...files],
      sourceIds: [...sourceIds],
      startedAt: new Date().toISOString(),
    });
    this.completes = same.map((r) => r.id);
    this.files = [...files];
    this.dataset = dataset;
    return same;
  }

  private completes: string[] = [];
  private files: string[] = [];
  private dataset = '';

  /**
   * Saves the rows written so far in `tx`, the transaction of the batch that wrote them, so the
   * record commits with the rows it counts and costs no transaction of its own.
   */
  async progressIn(tx: WriteTx, rowsWritten: number): Promise<void> {
    await tx.run(cypher('import-record-progress'), { id: this.id, rowsWritten });
    this.written = rowsWritten;
  }

  /**
   * Records the end: `finished` (completing earlier unfinished runs, and one revision per file)
   * or `failed` with why.
   */
  async end(
    status: 'finished' | 'failed',
    message: string,
    rowsWritten = this.written,
  ): Promise<void> {
    await this.gateway.writeTransaction(async (tx) => {
      await tx.run(cypher('import-record-end'), {
        id: this.id,
        status,
        finishedAt: new Date().toISOString(),
        rowsWritten,
        message,
        completes: this.completes,
      });
      // A finished import is one revision per file in the history (action `import`).
      if (status !== 'finished') return;
      const comment = `import ${this.id} into dataset "${this.dataset}"`;
      await recordFileRevisions(
        namedQueries(tx, this.gateway.database),
        this.files,
        'import',
        PIPELINE_EDITOR.import,
        comment,
      );
    });
  }
}

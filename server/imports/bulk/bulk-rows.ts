// The bulk import's second pass: the files read again as the write pass reads them
// (write-pass.ts), each row made by the same functions (write-rows.ts), bad rows left out,
// FtM fragments merged, implied entities once per thing said, into a BulkGraph.
import { mergeFragments } from '../ftm-fragments';
import type { EntityDraft, FormatReader, ImportProgressReport } from '../types';
import { badKey, sweepFiles } from '../validate-pass';
import {
  entityRow,
  factRow,
  impliedMention,
  impliedRow,
  sharedFactParams,
  sharesClaimId,
  type Row,
} from '../write-rows';
import { BulkGraph } from './bulk-graph';

/** What the second pass read: the graph, the files' own sources, and the rows the write pass counts. */
export interface BulkRows {
  readonly graph: BulkGraph;
  /** Source rows the files carry (load-sources.cypher's rows). */
  readonly sources: Row[];
  /** Entity rows written (as the write pass counts them: merged fragments once). */
  readonly entityRows: number;
  /** Fact rows written, repeated rows included (as the write pass counts them). */
  readonly factRows: number;
}

export interface BulkRowOptions {
  readonly bad: ReadonlySet<string>;
  readonly sourceIds: readonly string[];
  readonly duplicates: ReadonlySet<string>;
  readonly progress: (p: Omit<ImportProgressReport, 'phase' | 'totalBytes'>) => void;
}

/** Reads every file's good rows into a BulkGraph. Throws BulkRefusal (bulk-graph.ts). */
export async function collectRows(
  reader: FormatReader,
  options: BulkRowOptions,
): Promise<BulkRows> {
  const graph = new BulkGraph();
  const sources: Row[] = [];
  const fragments = new Map<string, { entity: EntityDraft; file: string }>();
  const implied = new Set<string>();
  let entityRows = 0;
  let factRows = 0;
  let rows = 0;
  let bytes = 0;
  for (const sweep of ['entities', 'facts'] as const) {
    if (sweep === 'facts') {
      for (const f of fragments.values()) graph.addEntity(entityRow(f.entity, f.file));
      entityRows += fragments.size;
    }
    for (const [index, file] of sweepFiles(reader.files, sweep)) {
      const sourceId = options.sourceIds[index] ?? '';
      const shared = sharedFactParams(sourceId, file.label);
      let line = 0;
      for await (const item of reader.read(file, (n) => (bytes += n))) {
        if (item.line !== line) {
          rows += 1;
          if (rows % 5000 === 0) options.progress({ rows, bytes, written: 0 });
        }
        line = item.line;
        if (sweep === 'entities' && item.kind === 'source') {
          sources.push({ url: null, author: null, ...item.source, file: file.label });
        } else if (sweep === 'entities' && item.kind === 'entity') {
          if (options.bad.has(badKey(index, item.line, 'entity'))) continue;
          if (options.duplicates.has(item.entity.id)) {
            const known = fragments.get(item.entity.id);
            fragments.set(item.entity.id, {
              entity: known ? mergeFragments(known.entity, item.entity) : item.entity,
              file: known?.file ?? file.label,
            });
            continue;
          }
          graph.addEntity(entityRow(item.entity, file.label));
          entityRows += 1;
        } else if (sweep === 'facts' && item.kind === 'fact') {
          if (options.bad.has(badKey(index, item.line, 'fact'))) continue;
          const { fact } = item;
          for (const e of fact.implied) {
            const said = impliedMention(e);
            if (implied.has(said)) continue;
            implied.add(said);
            graph.addImplied(impliedRow(e, file.label));
          }
          graph.addFact(factRow(fact, sourceId, file.label), shared, sharesClaimId(fact));
          factRows += 1;
        }
      }
    }
  }
  options.progress({ rows, bytes, written: 0 });
  return { graph, sources, entityRows, factRows };
}

// The benchmark's LOAD CSV side: the importer's facts written to one CSV beforehand (not timed),
// then one `LOAD CSV … CALL { … } IN TRANSACTIONS` statement that builds the same graph.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import neo4j from 'neo4j-driver';
import { DATE_KEYS } from '../../../server/domain/fact-record';
import type { ImporterFact } from './importer-rows';

type Row = Record<string, unknown>;

/** What an entity row holds that the CSV carries, for the subject (`s`) and object (`o`). */
const ENTITY_FIELDS = ['kind', 'name', 'aliasText', 'summary', 'sourceType', 'originalId'] as const;

/** The CSV's columns and, for the query, which fact properties and attributes it sets. */
export interface CsvShape {
  readonly props: readonly string[];
  readonly attributes: readonly string[];
  /** Attribute columns whose values are whole numbers (set with toInteger). */
  readonly integers: ReadonlySet<string>;
  readonly rows: number;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes `facts` to `path` as one CSV, one row per distinct fact id (the last one, as the
 * importer's MERGE and SET leave it), with the ends' first rows (as MERGE … ON CREATE).
 */
export async function writeFactsCsv(
  path: string,
  facts: AsyncIterable<ImporterFact>,
): Promise<CsvShape> {
  const byId = new Map<string, ImporterFact>();
  const props = new Set<string>();
  const attributes = new Set<string>();
  const integers = new Set<string>();
  for await (const f of facts) {
    byId.set(String(f.fact.id), f);
    for (const [k, v] of Object.entries((f.fact.props ?? {}) as Row)) {
      if (v !== null && v !== undefined) props.add(k);
    }
    for (const [k, v] of Object.entries((f.fact.attributes ?? {}) as Row)) {
      attributes.add(k);
      if (neo4j.isInt(v)) integers.add(k);
    }
  }
  const shape = { props: [...props], attributes: [...attributes], integers, rows: byId.size };
  const header = [
    'id',
    'type',
    'subject',
    'object',
    'file',
    'source',
    'citations',
    ...ENTITY_FIELDS.flatMap((k) => [`s_${k}`, `o_${k}`]),
    ...shape.props.map((k) => `p_${k}`),
    ...shape.attributes.map((k) => `a_${k}`),
  ];
  const out = createWriteStream(path);
  const write = async (cells: readonly unknown[]): Promise<void> => {
    if (!out.write(`${cells.map(csvCell).join(',')}\n`)) await once(out, 'drain');
  };
  await write(header);
  for (const f of byId.values()) {
    const p = (f.fact.props ?? {}) as Row;
    const a = (f.fact.attributes ?? {}) as Row;
    await write([
      f.fact.id,
      f.fact.type,
      f.fact.subject,
      f.fact.object,
      f.file,
      f.source,
      JSON.stringify([{ source: f.source }]),
      ...ENTITY_FIELDS.flatMap((k) => [f.subject[k], f.object[k]]),
      ...shape.props.map((k) => p[k]),
      ...shape.attributes.map((k) => {
        const v = a[k];
        return neo4j.isInt(v) ? v.toString() : v;
      }),
    ]);
  }
  out.end();
  await once(out, 'finish');
  return shape;
}

/**
 * LOAD CSV building the importer's graph: MERGE both ends (properties and kind label on
 * create), CREATE the typed fact and set what the importer sets. CREATE rather than MERGE: the
 * graph starts empty and the CSV has one row per id, so the result is the same, and a
 * relationship MERGE planned on the empty graph scans all relationships for every row (a plan
 * one long LOAD CSV statement never revises), which would make LOAD CSV look far slower.
 */
export function loadCsvQuery(url: string, batch: number, shape: CsvShape): string {
  const entity = (v: 's' | 'o', p: 'subject' | 'object'): string => `
  MERGE (${v}:Entity {id: row.${p}})
  ON CREATE SET ${v}.kind = row.${v}_kind, ${v}.name = row.${v}_name, ${v}.aliases = [],
    ${v}.aliasText = coalesce(row.${v}_aliasText, ''), ${v}.summary = row.${v}_summary,
    ${v}.sourceType = row.${v}_sourceType, ${v}.originalId = row.${v}_originalId,
    ${v}.file = row.file, ${v}:$(row.${v}_kind)`;
  const props = shape.props.map((k) =>
    DATE_KEYS.includes(k) ? `r.${k} = date(row.p_${k})` : `r.${k} = row.p_${k}`,
  );
  const attributes = shape.attributes.map((k) =>
    shape.integers.has(k) ? `r.\`${k}\` = toInteger(row.a_${k})` : `r.\`${k}\` = row.a_${k}`,
  );
  const sets = [
    'r.sourceIds = [row.source]',
    'r.citations = row.citations',
    'r.citationSources = [row.source]',
    "r.citationQuotes = ['']",
    "r.citationSpeakers = ['']",
    "r.citationVia = ['']",
    "r.citationNotes = ['']",
    'r.file = row.file',
    ...props,
    ...attributes,
  ];
  return `LOAD CSV WITH HEADERS FROM '${url}' AS row
CALL (row) {${entity('s', 'subject')}${entity('o', 'object')}
  CREATE (s)-[r:$(row.type) {id: row.id}]->(o)
  SET ${sets.join(',\n    ')}
} IN TRANSACTIONS OF ${batch} ROWS`;
}

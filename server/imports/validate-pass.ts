// The first pass: every file is read and checked before anything is written. Shapes and
// values come from the readers; ids must be unique where the format says so, and facts'
// ends must exist in the files or the database. Bad rows are remembered by file and line.
import type { ImportProblem } from '../domain/api';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import { attributeKey, type TimeSlot } from './fact-query';
import type {
  FactTypeDraft,
  FormatReader,
  ImportProgressReport,
  InputFile,
  ReadItem,
} from './types';

/** Problems kept in memory; more are counted but not kept. */
export const MAX_KEPT_PROBLEMS = 10_000;
/** References looked up in the database at once. */
const LOOKUP_BATCH = 2000;

export interface Validation {
  readonly problems: ImportProblem[];
  problemCount: number;
  /** A problem that makes a whole file unreadable (a bad header): never skipped. */
  fatal: boolean;
  /** Bad rows: `file index:line:entity|fact`. */
  readonly bad: Set<string>;
  /** Bad rows as `file index:line`: how many rows a skip-bad import leaves out. */
  readonly badLines: Set<string>;
  readonly types: Map<string, FactTypeDraft>;
  /** Distinct entities the good rows define or imply. */
  readonly entityIds: Set<string>;
  /** Ids defined more than once where that is allowed (FtM fragments): merged when written. */
  readonly duplicates: Set<string>;
  /** Stored names of the facts' attributes (the write query sets each by name). */
  readonly attributeKeys: Set<string>;
  /** The time points the facts use: `at`, `start`, `end`. */
  readonly timeSlots: Set<TimeSlot>;
  /** Set when the bad rows went past the tolerance and reading stopped. */
  stoppedEarly: boolean;
}

export interface ValidateOptions {
  readonly duplicatesAllowed: boolean;
  /** Stop once this many rows are bad (with skip-bad; otherwise read to the end). */
  readonly stopAfterBad?: number;
  readonly progress: (p: Omit<ImportProgressReport, 'phase' | 'written' | 'totalBytes'>) => void;
}

/** The key of a bad record: input file number, line and whether it is an entity or a fact. */
export function badKey(file: number, line: number, scope: 'entity' | 'fact'): string {
  return `${file}:${line}:${scope}`;
}

/** Which sweep reads which files: first the entities, then the facts. */
export function sweepFiles(
  files: readonly InputFile[],
  sweep: 'entities' | 'facts',
): [number, InputFile][] {
  return [...files.entries()].filter(([, f]) => f.holds === sweep || f.holds === 'mixed');
}

interface PendingRef {
  readonly id: string;
  readonly problem: ImportProblem;
  readonly key: string;
}

/**
 * The validation pass: reads every file, checks records and ids (against the database too:
 * `gateway` only reads; the bulk import gives one of an empty database), collects problems.
 */
export async function validate(
  gateway: Pick<Neo4jGateway, 'read'>,
  reader: FormatReader,
  options: ValidateOptions,
): Promise<Validation> {
  const v: Validation = {
    problems: [],
    problemCount: 0,
    fatal: false,
    bad: new Set(),
    badLines: new Set(),
    types: new Map(),
    entityIds: new Set(),
    duplicates: new Set(),
    attributeKeys: new Set(),
    timeSlots: new Set(),
    stoppedEarly: false,
  };
  const definedAt = new Map<string, string>();
  let pending: PendingRef[] = [];
  let rows = 0;
  let bytes = 0;
  let lastReport = 0;
  const addProblem = (problem: ImportProblem, key?: string): void => {
    v.problemCount += 1;
    if (v.problems.length < MAX_KEPT_PROBLEMS) v.problems.push(problem);
    if (key !== undefined) {
      v.bad.add(key);
      v.badLines.add(key.replace(/:(entity|fact)$/, ''));
    }
  };
  const resolvePending = async (): Promise<void> => {
    if (pending.length === 0) return;
    const ids = [...new Set(pending.map((p) => p.id))];
    const rowsFound = await gateway.read(cypher('existing-entities'), { ids });
    const stored = new Set(rowsFound.map((r) => (typeof r.id === 'string' ? r.id : '')));
    for (const ref of pending) if (!stored.has(ref.id)) addProblem(ref.problem, ref.key);
    pending = [];
  };
  const tooMany = (): boolean =>
    options.stopAfterBad !== undefined && v.badLines.size > options.stopAfterBad;

  for (const sweep of ['entities', 'facts'] as const) {
    for (const [index, file] of sweepFiles(reader.files, sweep)) {
      // A mixed file is read in both sweeps: each keeps to its own items and problems.
      const mine = (item: ReadItem): boolean => {
        if (file.holds !== 'mixed') return true;
        if (item.kind === 'problem') {
          return item.scope === 'record'
            ? sweep === 'entities'
            : item.scope === (sweep === 'entities' ? 'entity' : 'fact');
        }
        return sweep === 'entities' ? item.kind !== 'fact' : item.kind === 'fact';
      };
      let line = 0;
      for await (const item of reader.read(file, (n) => (bytes += n))) {
        if (item.line !== line) rows += 1;
        line = item.line;
        if (rows - lastReport >= 5000) {
          lastReport = rows;
          options.progress({ rows, bytes });
        }
        if (!mine(item)) continue;
        if (item.kind === 'problem') {
          v.fatal ||= item.fatal === true;
          if (item.scope === 'record') {
            addProblem(item.problem, badKey(index, item.line, 'entity'));
            v.bad.add(badKey(index, item.line, 'fact'));
          } else addProblem(item.problem, badKey(index, item.line, item.scope));
        } else if (item.kind === 'source') {
          continue;
        } else if (item.kind === 'entity') {
          const { id } = item.entity;
          const first = definedAt.get(id);
          if (first !== undefined && !options.duplicatesAllowed) {
            addProblem(
              {
                file: file.label,
                line: item.line,
                field: ':ID',
                message: `the id "${id}" is already used (${first})`,
              },
              badKey(index, item.line, 'entity'),
            );
          } else {
            if (first === undefined) definedAt.set(id, `${file.label}:${item.line}`);
            else v.duplicates.add(id);
            v.entityIds.add(id);
          }
        } else {
          const { fact } = item;
          const key = badKey(index, item.line, 'fact');
          const known = v.types.get(fact.type.name);
          if (!known) v.types.set(fact.type.name, fact.type);
          else if (known.shape === 'event' && fact.type.shape === 'state') {
            v.types.set(fact.type.name, { ...known, shape: 'state' });
          }
          for (const implied of fact.implied) v.entityIds.add(implied.id);
          for (const name of Object.keys(fact.attributes)) v.attributeKeys.add(attributeKey(name));
          for (const slot of Object.keys(fact.time)) v.timeSlots.add(slot as TimeSlot);
          if (fact.needsEnds) {
            for (const [i, id] of [fact.subject, fact.object].entries()) {
              if (definedAt.has(id)) continue;
              const field = fact.endFields[i] ?? '';
              const column = fact.endColumns?.[i];
              pending.push({
                id,
                key,
                problem: {
                  file: file.label,
                  line: item.line,
                  ...(column !== undefined ? { column } : {}),
                  field,
                  message: `refers to "${id}", which is neither in the files nor stored`,
                },
              });
            }
            if (pending.length >= LOOKUP_BATCH) await resolvePending();
          }
        }
        if (tooMany()) {
          v.stoppedEarly = true;
          return v;
        }
      }
      await resolvePending();
    }
  }
  options.progress({ rows, bytes });
  // Problems in reading order: by file, then line (reference problems are found later).
  const order = new Map(reader.files.map((f, i) => [f.label, i]));
  v.problems.sort(
    (a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line,
  );
  return v;
}

// `npm run import -- FORMAT [options] FILE...`: the command line read into an import request.
import { parseArgs } from 'node:util';
import type { EdgesRequest, ImportOptions, ImportRequest } from './types';

export const USAGE = `usage: npm run import -- FORMAT [options] FILE...

formats:
  csv      --nodes FILE[,FILE...] [--nodes ...] [--relationships FILE[,FILE...] ...]
           [--delimiter C] [--array-delimiter C] [--quote C]
           neo4j-admin import files (:ID, :LABEL, :START_ID, :END_ID, :TYPE, name:type);
           header.csv,part1.csv,... is one input whose header is in its own file
  edges    --source COLUMN --target COLUMN (--type TYPE | --type-column COLUMN)
           [--date COLUMN] [--delimiter C] FILE
           the ends (ids in --source and --target) may be described:
           [--source-name COLUMN] [--target-name COLUMN]        names of the two ends
           [--source-kind COLUMN|KIND] [--target-kind COLUMN|KIND]  a type column, or a kind
           [--source-attr COLUMN ...] [--target-attr COLUMN ...]  attributes of an end
           [--ignore COLUMN ...]                                 columns left out
           every other column is an attribute of the fact
  triples  [--relations FILE] [--entity-types FILE] [--type-names FILE] FILE...
           tab-separated subject, predicate, object lines (CoDEx)
  ftm      FILE...   FollowTheMoney entities, one JSON object a line (Aleph, OpenSanctions)

options:
  --skip-bad           skip bad rows instead of refusing the import; report them
  --report FILE        where skipped rows are reported (default: import.report)
  --bad-tolerance N    with --skip-bad, refuse when more than N rows are bad (default: 1000)
  --batch-size N       rows per batch and transaction (default: 5000)
  --dataset NAME       who published the data (the sources' publisher)`;

export interface CliCommand {
  readonly request: ImportRequest;
  readonly options: Pick<
    ImportOptions,
    'skipBad' | 'reportFile' | 'badTolerance' | 'batchSize' | 'dataset'
  >;
}

function count(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0`);
  return n;
}

/** The options that describe an edge list's two ends, as request fields. */
function endOptions(values: {
  readonly 'source-name'?: string;
  readonly 'target-name'?: string;
  readonly 'source-kind'?: string;
  readonly 'target-kind'?: string;
  readonly 'source-attr'?: string[];
  readonly 'target-attr'?: string[];
  readonly ignore?: string[];
}): Partial<EdgesRequest> {
  const entries: [keyof EdgesRequest, string | string[] | undefined][] = [
    ['sourceName', values['source-name']],
    ['targetName', values['target-name']],
    ['sourceKind', values['source-kind']],
    ['targetKind', values['target-kind']],
    ['sourceAttributes', values['source-attr']],
    ['targetAttributes', values['target-attr']],
    ['ignore', values.ignore],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/** Reads the arguments; throws an Error saying what is wrong. */
export function parseCli(args: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      nodes: { type: 'string', multiple: true },
      relationships: { type: 'string', multiple: true },
      delimiter: { type: 'string' },
      'array-delimiter': { type: 'string' },
      quote: { type: 'string' },
      source: { type: 'string' },
      target: { type: 'string' },
      type: { type: 'string' },
      'type-column': { type: 'string' },
      date: { type: 'string' },
      'source-name': { type: 'string' },
      'target-name': { type: 'string' },
      'source-kind': { type: 'string' },
      'target-kind': { type: 'string' },
      'source-attr': { type: 'string', multiple: true },
      'target-attr': { type: 'string', multiple: true },
      ignore: { type: 'string', multiple: true },
      relations: { type: 'string' },
      'entity-types': { type: 'string' },
      'type-names': { type: 'string' },
      'skip-bad': { type: 'boolean' },
      report: { type: 'string' },
      'bad-tolerance': { type: 'string' },
      'batch-size': { type: 'string' },
      dataset: { type: 'string' },
    },
  });
  const [format, ...files] = positionals;
  const delimiter = values.delimiter === '\\t' ? '\t' : values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) {
    throw new Error('--delimiter must be one character (\\t for a tab)');
  }
  const oneChar = (name: string): string | undefined => {
    const raw = values[name as 'quote'];
    const value = raw === '\\t' ? '\t' : raw;
    if (value !== undefined && value.length !== 1) {
      throw new Error(`--${name} must be one character`);
    }
    return value;
  };
  const arrayDelimiter = oneChar('array-delimiter');
  const quote = oneChar('quote');
  let request: ImportRequest;
  switch (format) {
    case 'csv':
      request = {
        format,
        // neo4j-admin's form: `--nodes header.csv,part1.csv` is one input, its header apart.
        nodes: [...(values.nodes ?? []), ...files],
        relationships: values.relationships ?? [],
        ...(delimiter !== undefined ? { delimiter } : {}),
        ...(arrayDelimiter !== undefined ? { arrayDelimiter } : {}),
        ...(quote !== undefined ? { quote } : {}),
      };
      if (request.nodes.length === 0) throw new Error('csv needs at least one --nodes FILE');
      break;
    case 'edges': {
      const [file, ...rest] = files;
      if (file === undefined || rest.length > 0) throw new Error('edges takes exactly one FILE');
      if (values.source === undefined || values.target === undefined) {
        throw new Error('edges needs --source COLUMN and --target COLUMN');
      }
      if ((values.type === undefined) === (values['type-column'] === undefined)) {
        throw new Error('edges needs either --type TYPE or --type-column COLUMN');
      }
      request = {
        format,
        file,
        source: values.source,
        target: values.target,
        ...(values.type !== undefined ? { type: values.type } : {}),
        ...(values['type-column'] !== undefined ? { typeColumn: values['type-column'] } : {}),
        ...(values.date !== undefined ? { date: values.date } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
        ...endOptions(values),
      };
      break;
    }
    case 'triples':
      if (files.length === 0) throw new Error('triples needs at least one FILE');
      request = {
        format,
        triples: files,
        ...(values.relations !== undefined ? { relations: values.relations } : {}),
        ...(values['entity-types'] !== undefined ? { entityTypes: values['entity-types'] } : {}),
        ...(values['type-names'] !== undefined ? { typeNames: values['type-names'] } : {}),
      };
      break;
    case 'ftm':
      if (files.length === 0) throw new Error('ftm needs at least one FILE');
      request = { format, entities: files };
      break;
    default:
      throw new Error(
        format === undefined
          ? 'give a FORMAT'
          : `unknown format "${format}" (csv, edges, triples, ftm)`,
      );
  }
  const skipBad = values['skip-bad'] === true;
  const badTolerance = count('bad-tolerance', values['bad-tolerance']);
  const batchSize = count('batch-size', values['batch-size']);
  return {
    request,
    options: {
      skipBad,
      ...(skipBad ? { reportFile: values.report ?? 'import.report' } : {}),
      ...(badTolerance !== undefined ? { badTolerance } : {}),
      ...(batchSize !== undefined ? { batchSize } : {}),
      ...(values.dataset !== undefined ? { dataset: values.dataset } : {}),
    },
  };
}

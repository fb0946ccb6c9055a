// `npm run import -- FORMAT [options] FILE...`: the command line read into an import request.
// The formats' files, options and help come from their definitions (by-format/); this file
// names none of them.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ImportFileRole, ImportOption } from '../domain/import-formats';
import { formatDefinition, IMPORT_FORMAT_DEFINITIONS, IMPORT_FORMATS } from './by-format';
import type { FormatInput } from './by-format/definition';
import type { ImportOptions, ImportRequest } from './types';

const COMMON_OPTIONS = `options:
  --skip-bad           skip bad rows instead of refusing the import; report them
  --report FILE        where skipped rows are reported (default: import.report)
  --bad-tolerance N    with --skip-bad, refuse when more than N rows are bad (default: 1000)
  --batch-size N       rows per batch and transaction (default: 5000)
  --dataset NAME       who published the data (the sources' publisher)
  --bulk               first import into an empty embedded database, through Neo4j's offline
                       importer (neo4j-admin); the app must be stopped (README: Importing)`;

const fileUsage = (role: ImportFileRole): string => {
  const flagged =
    role.flag === undefined ? '' : `--${role.flag} FILE${role.multiple ? '[,FILE...]' : ''}`;
  const text = role.positional ? (flagged === '' ? 'FILE' : flagged) : flagged;
  const many = role.multiple && role.positional ? (flagged === '' ? '...' : ' [...]') : '';
  return role.required ? `${text}${many}` : `[${text}${many}]`;
};
const optionUsage = (option: ImportOption): string =>
  `--${option.flag} ${option.arg}${option.list ? ' ...' : ''}`;

/** The CLI's help, built from the format definitions. */
export const USAGE = [
  'usage: npm run import -- [--bulk] FORMAT [options] FILE...',
  '',
  'formats:',
  ...IMPORT_FORMAT_DEFINITIONS.flatMap(({ info }) => [
    `  ${info.name.padEnd(8)} ${info.files.map(fileUsage).join(' ')}`,
    ...info.options.map((o) => `           [${optionUsage(o)}]`.padEnd(42) + ` ${o.help}`),
    ...info.help.map((line) => `           ${line}`),
  ]),
  '',
  COMMON_OPTIONS,
].join('\n');

export interface CliCommand {
  readonly request: ImportRequest;
  /** `--bulk`: through neo4j-admin into an empty embedded database (server/imports/bulk/). */
  readonly bulk: boolean;
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

/** parseArgs' options: the common ones and every flag any format defines. */
function cliOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {
    'skip-bad': { type: 'boolean' },
    report: { type: 'string' },
    'bad-tolerance': { type: 'string' },
    'batch-size': { type: 'string' },
    dataset: { type: 'string' },
    bulk: { type: 'boolean' },
  };
  for (const { info } of IMPORT_FORMAT_DEFINITIONS) {
    for (const role of info.files) {
      if (role.flag !== undefined) options[role.flag] = { type: 'string', multiple: role.multiple };
    }
    for (const option of info.options) {
      options[option.flag] = { type: 'string', multiple: option.list === true };
    }
  }
  return options;
}

type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

const strings = (value: Values[string]): string[] =>
  value === undefined || typeof value === 'boolean'
    ? []
    : (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

/** A one-character option's value (`\t` written for a tab); throws when longer. */
function oneChar(flag: string, value: string | undefined): string | undefined {
  const char = value === '\\t' ? '\t' : value;
  if (char !== undefined && char.length !== 1) {
    throw new Error(`--${flag} must be one character (\\t for a tab)`);
  }
  return char;
}

/** The command line as a format's input: files by role, options by field. */
function cliInput(
  roles: readonly ImportFileRole[],
  options: readonly ImportOption[],
  values: Values,
  positionals: readonly string[],
): FormatInput {
  const texts = new Map<string, string>();
  for (const option of options) {
    if (option.list) continue;
    const [value] = strings(values[option.flag]);
    const text = option.char ? oneChar(option.flag, value) : value;
    if (text !== undefined) texts.set(option.field, text);
  }
  return {
    files: (field) => {
      const role = roles.find((r) => r.field === field);
      if (!role) return [];
      const flagged = role.flag === undefined ? [] : strings(values[role.flag]);
      return role.positional ? [...flagged, ...positionals] : flagged;
    },
    text: (field) => texts.get(field),
    list: (field) => {
      const option = options.find((o) => o.field === field && o.list);
      const names = option ? strings(values[option.flag]) : [];
      return names.length > 0 ? names : undefined;
    },
  };
}

/** The request for a format's command line; throws an Error saying what is wrong. */
function requestFrom(format: string | undefined, values: Values, files: string[]): ImportRequest {
  const definition = format === undefined ? undefined : formatDefinition(format);
  if (!definition) {
    throw new Error(
      format === undefined
        ? 'give a FORMAT'
        : `unknown format "${format}" (${IMPORT_FORMATS.join(', ')})`,
    );
  }
  const { info } = definition;
  const input = cliInput(info.files, info.options, values, files);
  for (const role of info.files) {
    const given = input.files(role.field).length;
    const name = role.flag === undefined ? 'FILE' : `--${role.flag} FILE`;
    if (role.positional && !role.multiple && given !== 1) {
      throw new Error(`${info.name} takes exactly one ${name}`);
    }
    if (role.required && given === 0) throw new Error(`${info.name} needs at least one ${name}`);
  }
  const [broken] = definition.check?.(input) ?? [];
  if (broken) {
    const option = info.options.find((o) => o.field === broken.field);
    throw new Error(broken.cli ?? `--${option?.flag ?? broken.field} ${broken.message}`);
  }
  return definition.request(input);
}

/** Reads the arguments; throws an Error saying what is wrong. */
export function parseCli(args: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: cliOptions(),
  });
  const [format, ...files] = positionals;
  const request = requestFrom(format, values, files);
  const report = strings(values.report)[0];
  const dataset = strings(values.dataset)[0];
  const skipBad = values['skip-bad'] === true;
  const badTolerance = count('bad-tolerance', strings(values['bad-tolerance'])[0]);
  const batchSize = count('batch-size', strings(values['batch-size'])[0]);
  return {
    request,
    bulk: values.bulk === true,
    options: {
      skipBad,
      ...(skipBad ? { reportFile: report ?? 'import.report' } : {}),
      ...(badTolerance !== undefined ? { badTolerance } : {}),
      ...(batchSize !== undefined ? { batchSize } : {}),
      ...(dataset !== undefined ? { dataset } : {}),
    },
  };
}

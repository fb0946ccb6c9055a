// The import formats as the CLI, the app and the import panel describe them: each format's files
// (form field, label, what the file picker accepts, CLI flag), its options (form field, CLI flag
// and help) and words. Pure data, read by server/imports/formats (requests, readers) and the
// client's import panel; a new format is one entry here and one file in server/imports/formats.

/** A file a format takes: its form field (the role), and how the CLI names it. */
export interface ImportFileRole {
  readonly field: string;
  /** Shown beside the file picker. */
  readonly label: string;
  /** The file picker's `accept` list. */
  readonly accept: string;
  readonly required: boolean;
  readonly multiple: boolean;
  /** The CLI flag naming such files (`--nodes FILE`); absent: only the positional FILEs. */
  readonly flag?: string;
  /** Whether the CLI's positional FILEs are of this role. */
  readonly positional?: boolean;
}

/** A text option of a format: its form field, its CLI flag and what it means. */
export interface ImportOption {
  readonly field: string;
  readonly flag: string;
  /** The CLI's name for its value: `COLUMN`, `C`, `TYPE`. */
  readonly arg: string;
  readonly help: string;
  /** A list of column names: a repeated flag on the CLI, a JSON array in the form. */
  readonly list?: boolean;
  /** One character (`\t` on the CLI for a tab). */
  readonly char?: boolean;
  /** Taken on the command line only (the app's form does not offer it). */
  readonly cliOnly?: boolean;
}

/** What the CLI, the app's form and the import panel know of a format. */
export interface ImportFormatInfo<N extends string = string> {
  readonly name: N;
  /** The format's name in the import panel. */
  readonly title: string;
  /** Lines of CLI help below its usage line. */
  readonly help: readonly string[];
  /** Who published the data when the importer is not told (`--dataset`). */
  readonly dataset: string;
  readonly files: readonly ImportFileRole[];
  readonly options: readonly ImportOption[];
}

const delimiter: ImportOption = {
  field: 'delimiter',
  flag: 'delimiter',
  arg: 'C',
  help: 'field delimiter (default ,; \\t for a tab)',
  char: true,
};
const column = (field: string, flag: string, help: string): ImportOption => ({
  field,
  flag,
  arg: 'COLUMN',
  help,
});
const columns = (field: string, flag: string, help: string): ImportOption => ({
  field,
  flag,
  arg: 'COLUMN',
  help,
  list: true,
});
const labelFile = (field: string, flag: string, label: string): ImportFileRole => ({
  field,
  flag,
  label,
  accept: '.json',
  required: false,
  multiple: false,
});

/** neo4j-admin import's CSV files. */
const csv: ImportFormatInfo<'csv'> = {
  name: 'csv',
  title: 'CSV (neo4j-admin import headers)',
  help: [
    'neo4j-admin import files (:ID, :LABEL, :START_ID, :END_ID, :TYPE, name:type);',
    'header.csv,part1.csv,... is one input whose header is in its own file',
  ],
  dataset: 'CSV import',
  files: [
    {
      field: 'nodes',
      label: 'Node files',
      accept: '.csv',
      required: true,
      multiple: true,
      flag: 'nodes',
      positional: true,
    },
    {
      field: 'relationships',
      label: 'Relationship files',
      accept: '.csv',
      required: false,
      multiple: true,
      flag: 'relationships',
    },
  ],
  options: [
    delimiter,
    {
      ...delimiter,
      field: 'arrayDelimiter',
      flag: 'array-delimiter',
      help: 'array item delimiter (default ;)',
      cliOnly: true,
    },
    {
      ...delimiter,
      field: 'quote',
      flag: 'quote',
      help: 'quote character (default ")',
      cliOnly: true,
    },
  ],
};

/** One CSV of edges whose columns are mapped. */
const edges: ImportFormatInfo<'edges'> = {
  name: 'edges',
  title: 'Edge list CSV (columns mapped below)',
  help: [
    'the ends (ids in --source and --target) may be described by names, kinds (a type',
    'column, or a kind) and attributes; every other column is an attribute of the fact',
  ],
  dataset: 'edge list import',
  files: [
    {
      field: 'edges',
      label: 'Edge list',
      accept: '.csv',
      required: true,
      multiple: false,
      positional: true,
    },
  ],
  options: [
    column('source', 'source', "the subject's id (required)"),
    column('target', 'target', "the object's id (required)"),
    { field: 'type', flag: 'type', arg: 'TYPE', help: 'one fact type for every row' },
    column('typeColumn', 'type-column', "each row's fact type (else --type)"),
    column('date', 'date', 'the date the fact happened'),
    delimiter,
    column('sourceName', 'source-name', "the subject's name"),
    column('targetName', 'target-name', "the object's name"),
    {
      ...column('sourceKind', 'source-kind', "the subject's type column, or one kind"),
      arg: 'COLUMN|KIND',
    },
    {
      ...column('targetKind', 'target-kind', "the object's type column, or one kind"),
      arg: 'COLUMN|KIND',
    },
    columns('sourceAttributes', 'source-attr', 'an attribute of the subject (repeatable)'),
    columns('targetAttributes', 'target-attr', 'an attribute of the object (repeatable)'),
    columns('ignore', 'ignore', 'a column left out (repeatable)'),
  ],
};

/** Tab-separated subject, predicate, object lines with optional label files (CoDEx). */
const triples: ImportFormatInfo<'triples'> = {
  name: 'triples',
  title: 'Triples (subject, predicate, object)',
  help: ['tab-separated subject, predicate, object lines (CoDEx)'],
  dataset: 'triples import',
  files: [
    {
      field: 'triples',
      label: 'Triples (TSV)',
      accept: '.txt,.tsv',
      required: true,
      multiple: true,
      positional: true,
    },
    labelFile('relations', 'relations', 'Relation names (JSON)'),
    labelFile('entityTypes', 'entity-types', 'Entity types (JSON)'),
    labelFile('typeNames', 'type-names', 'Type names (JSON)'),
  ],
  options: [],
};

/** FollowTheMoney entities as JSON lines. */
const ftm: ImportFormatInfo<'ftm'> = {
  name: 'ftm',
  title: 'FollowTheMoney (Aleph, OpenSanctions)',
  help: ['FollowTheMoney entities, one JSON object a line (Aleph, OpenSanctions)'],
  dataset: 'FollowTheMoney',
  files: [
    {
      field: 'entities',
      label: 'FollowTheMoney entities (JSON lines)',
      accept: '.json,.jsonl,.ijson,.ndjson',
      required: true,
      multiple: true,
      positional: true,
    },
  ],
  options: [],
};

/** Beneficial Ownership Data Standard statements (BODS 0.2, 0.3, 0.4). */
const bods: ImportFormatInfo<'bods'> = {
  name: 'bods',
  title: 'Beneficial Ownership Data Standard (BODS 0.2–0.4)',
  help: [
    'BODS statements: a JSON array, one statement, or JSON lines (0.2, 0.3 and 0.4);',
    'entities and persons become entities, interests OWNS / CONTROLS / HAS_INTEREST_IN facts',
  ],
  dataset: 'BODS',
  files: [
    {
      field: 'statements',
      label: 'BODS statements (JSON or JSON lines)',
      accept: '.json,.jsonl,.ndjson',
      required: true,
      multiple: true,
      positional: true,
    },
  ],
  options: [],
};

/** Every import format, in the order the CLI and the panel list them. */
export const IMPORT_FORMAT_INFO = { csv, edges, triples, ftm, bods } as const;

/** A format's name: `csv`, `edges`, `triples`, `ftm`, `bods`. */
export type ImportFormatName = keyof typeof IMPORT_FORMAT_INFO;

/** The format named `name`, or undefined for an unknown name. */
export function importFormatInfo(name: string): ImportFormatInfo | undefined {
  return Object.hasOwn(IMPORT_FORMAT_INFO, name)
    ? IMPORT_FORMAT_INFO[name as ImportFormatName]
    : undefined;
}

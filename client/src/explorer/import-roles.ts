// The import panel's formats: the files each takes (form field, label, accepted names) and its
// name in the format menu. The form fields match the server's (server/imports/app-runner.ts).

/** The files each format takes: the form field (role), its label and what it accepts. */
export interface FileRole {
  readonly field: string;
  readonly label: string;
  readonly accept: string;
  readonly multiple: boolean;
  readonly required: boolean;
}

/** Each format's files, in the order the form shows them. */
export const ROLES: Readonly<Record<string, readonly FileRole[]>> = {
  csv: [
    { field: 'nodes', label: 'Node files', accept: '.csv', multiple: true, required: true },
    {
      field: 'relationships',
      label: 'Relationship files',
      accept: '.csv',
      multiple: true,
      required: false,
    },
  ],
  edges: [{ field: 'edges', label: 'Edge list', accept: '.csv', multiple: false, required: true }],
  triples: [
    {
      field: 'triples',
      label: 'Triples (TSV)',
      accept: '.txt,.tsv',
      multiple: true,
      required: true,
    },
    {
      field: 'relations',
      label: 'Relation names (JSON)',
      accept: '.json',
      multiple: false,
      required: false,
    },
    {
      field: 'entityTypes',
      label: 'Entity types (JSON)',
      accept: '.json',
      multiple: false,
      required: false,
    },
    {
      field: 'typeNames',
      label: 'Type names (JSON)',
      accept: '.json',
      multiple: false,
      required: false,
    },
  ],
  ftm: [
    {
      field: 'entities',
      label: 'FollowTheMoney entities (JSON lines)',
      accept: '.json,.jsonl,.ijson,.ndjson',
      multiple: true,
      required: true,
    },
  ],
};

/** Each format's name in the format menu. */
export const FORMAT_NAMES: Readonly<Record<string, string>> = {
  csv: 'CSV (neo4j-admin import headers)',
  edges: 'Edge list CSV (columns mapped below)',
  triples: 'Triples (subject, predicate, object)',
  ftm: 'FollowTheMoney (Aleph, OpenSanctions)',
};

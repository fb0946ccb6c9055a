// The format definitions drive the CLI and the app's form alike: each format's files and options
// reach the same request whichever front end read them, and its help names every flag.
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMAT_INFO } from '../../../../../server/domain/import-formats';
import {
  formatDefinition,
  IMPORT_FORMAT_DEFINITIONS,
  IMPORT_FORMATS,
} from '../../../../../server/imports/by-format';
import { parseCli, USAGE } from '../../../../../server/imports/cli-args';
import { requestOf } from '../../../../../server/imports/form-request';
import type { ImportSpec } from '../../../../../server/routes/imports';

/** For each format: CLI arguments and an upload form meaning the same import. */
const SAME: Record<
  string,
  { cli: string[]; uploads: [string, string][]; fields: Record<string, string> }
> = {
  csv: {
    cli: ['csv', '--relationships', 'r.csv', '--delimiter', ';', 'n.csv'],
    uploads: [
      ['nodes', 'n.csv'],
      ['relationships', 'r.csv'],
    ],
    fields: { delimiter: ';' },
  },
  edges: {
    cli: [
      'edges',
      '--source',
      'a',
      '--target',
      'b',
      '--type-column',
      't',
      '--ignore',
      'x',
      'e.csv',
    ],
    uploads: [['edges', 'e.csv']],
    fields: { source: 'a', target: 'b', typeColumn: 't', ignore: '["x"]' },
  },
  triples: {
    cli: ['triples', '--type-names', 'n.json', 't1.tsv', 't2.tsv'],
    uploads: [
      ['triples', 't1.tsv'],
      ['triples', 't2.tsv'],
      ['typeNames', 'n.json'],
    ],
    fields: {},
  },
  ftm: { cli: ['ftm', 'a.json'], uploads: [['entities', 'a.json']], fields: {} },
  bods: {
    cli: ['bods', 'a.json', 'b.jsonl'],
    uploads: [
      ['statements', 'a.json'],
      ['statements', 'b.jsonl'],
    ],
    fields: {},
  },
};

function spec(
  format: string,
  uploads: [string, string][],
  fields: Record<string, string>,
): ImportSpec {
  return {
    format,
    fields: { format, ...fields },
    uploads: uploads.map(([field, path]) => ({ field, path, name: path, bytes: 1 })),
    files: uploads.map(([, path]) => path),
    dir: '/tmp/x',
  };
}

describe('import format definitions', () => {
  it('are listed once each, in the order of their descriptions', () => {
    expect(IMPORT_FORMATS).toEqual(Object.keys(IMPORT_FORMAT_INFO));
    for (const d of IMPORT_FORMAT_DEFINITIONS) {
      expect(d.info).toBe(IMPORT_FORMAT_INFO[d.info.name]);
      expect(formatDefinition(d.info.name)).toBe(d);
    }
    expect(Object.keys(SAME)).toEqual(IMPORT_FORMATS);
  });

  it.each(IMPORT_FORMATS)('%s: the CLI and the form make the same request', (format) => {
    const same = SAME[format];
    if (!same) throw new Error(`no case for ${format}`);
    const fromCli = parseCli(same.cli).request;
    expect(fromCli.format).toBe(format);
    expect(requestOf(spec(format, same.uploads, same.fields))).toEqual(fromCli);
  });

  it.each(IMPORT_FORMATS)('%s: the CLI help names the format and each of its flags', (format) => {
    const info = IMPORT_FORMAT_INFO[format];
    expect(USAGE).toMatch(new RegExp(`^  ${format} `, 'm'));
    for (const flag of [
      ...info.files.flatMap((f) => (f.flag ? [f.flag] : [])),
      ...info.options.map((o) => o.flag),
    ]) {
      expect(USAGE).toContain(`--${flag} `);
    }
  });

  it('options the form does not offer are refused there, taken on the command line', () => {
    expect(parseCli(['csv', '--quote', "'", 'n.csv']).request).toMatchObject({ quote: "'" });
    expect(() => requestOf(spec('csv', [['nodes', 'n.csv']], { quote: "'" }))).toThrow(
      'The import form is incomplete',
    );
  });
});

// The peer test: every BODS 0.4 fixture of the reference validator (lib-cove-bods) through the
// real importer. Files it accepts must import; files it rejects (invalid-schema, listed in
// expected_errors.csv, and the additional checks' *invalid* files) should be refused by the
// first pass. One test per file; disagreements are printed as a table (file, what the
// validator checks, why) by the last test, which holds the agreement to its bounds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../server/imports/import-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { clearDatabase, testGateway } from '../../support/database';

const ROOT = join(
  import.meta.dirname,
  ...['..', '..', '..', '..', 'shared', 'datasets', 'bods-lib-cove-bods-fixtures'],
  ...['tests', 'fixtures', '0.4'],
);
const here = existsSync(ROOT);
if (!here) console.warn(`Skipping the BODS peer test: ${ROOT} is absent`);

interface Case {
  readonly file: string;
  readonly valid: boolean;
  /** What the validator checks (expected_errors.csv, or the additional check's name). */
  readonly rule: string;
}

function cases(): Case[] {
  const csv = readFileSync(join(ROOT, 'invalid-schema', 'expected_errors.csv'), 'utf8');
  const rules = new Map(
    csv
      .trim()
      .split('\n')
      .map((line) => line.split(','))
      .map(([file = '', rule = '', path = '']) => [file, `${rule} at ${path}`]),
  );
  const json = (dir: string): string[] =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.json'))
      .sort();
  return [
    ...json('valid-schema').map((f) => ({ file: `valid-schema/${f}`, valid: true, rule: 'valid' })),
    ...json('invalid-schema').map((f) => ({
      file: `invalid-schema/${f}`,
      valid: false,
      rule: rules.get(f) ?? '(not in expected_errors.csv)',
    })),
    ...json('additional-checks').map((f) => ({
      file: `additional-checks/${f}`,
      valid: /-valid-/.test(f),
      rule: f.replace(/-(in)?valid-\d+\.json$/, ''),
    })),
  ];
}

let gateway: Neo4jGateway;
beforeAll(async () => {
  gateway = testGateway();
  if (here) await clearDatabase(gateway);
});
afterAll(() => gateway.close());

/** What the importer did with one fixture: imported, or refused with its first problem. */
interface Outcome {
  readonly c: Case;
  readonly ok: boolean;
  readonly why: string;
}

describe.runIf(here)('the reference validator’s BODS 0.4 fixtures', () => {
  // One test per fixture (each its own budget: 425 imports on a busy machine outlast any one
  // test's), then the agreement over all of them, printed as a table of the disagreements.
  const all = here ? cases() : [];
  const outcomes: Outcome[] = [];

  it.each(all.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const result = await importFiles(gateway, {
      format: 'bods',
      statements: [join(ROOT, c.file)],
    });
    const why = result.ok ? 'imported' : (result.problems[0]?.message ?? result.message);
    outcomes.push({ c, ok: result.ok, why });
    // Every file the validator accepts imports; a refusal names its problems.
    if (c.valid) expect(result.ok, why).toBe(true);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  });

  it('imports what it accepts and refuses what it rejects (95% of invalid files at least)', () => {
    const acceptedValid = outcomes.filter((o) => o.c.valid && o.ok).length;
    const refusedInvalid = outcomes.filter((o) => !o.c.valid && !o.ok).length;
    const disagreements = outcomes
      .filter((o) => o.c.valid !== o.ok)
      .map((o) => `| ${o.c.file} | ${o.c.valid ? 'valid' : o.c.rule} | ${o.why} |`);
    const valid = all.filter((c) => c.valid).length;
    const invalid = all.length - valid;
    console.log(
      [
        `BODS 0.4 fixtures: ${all.length}; valid ${valid}, imported ${acceptedValid}; ` +
          `invalid ${invalid}, refused ${refusedInvalid} (${((100 * refusedInvalid) / invalid).toFixed(1)}%)`,
        '| file | validator | importer |',
        '| --- | --- | --- |',
        ...disagreements,
      ].join('\n'),
    );
    expect(outcomes).toHaveLength(all.length);
    expect(all.length).toBe(111 + 192 + 122);
    expect(acceptedValid).toBe(valid);
    expect(refusedInvalid / invalid).toBeGreaterThanOrEqual(MIN_REFUSED);
  });
});

/**
 * The share of invalid files refused now: the schema's rules all but one (a bare object is
 * read as one statement, as the issue asks); of the additional checks, those on dates, shares,
 * ids and ends (the others concern fields the importer does not read: see the table printed).
 */
const MIN_REFUSED = 0.95;

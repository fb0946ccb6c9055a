// The BODS import rate: the reference validator's largest fixture (sample_300_statements.json,
// BODS 0.4) and a generated BODS 0.4 JSON-lines register (BODS_BENCH_STATEMENTS statements,
// 30,000 by default: companies, their owners and the relationships between them), each
// imported into one fresh embedded Neo4j; prints statements, entities, facts, seconds and rate.
// Run: npm run bench:bods (needs ../shared/datasets for the fixture; the register is made here).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '../../server/imports/import-files';
import { startBenchDatabase } from './bench-database';

const FIXTURE = join(
  import.meta.dirname,
  ...['..', '..', '..', 'shared', 'datasets', 'bods-lib-cove-bods-fixtures'],
  ...['tests', 'fixtures', '0.4', 'sample_300_statements.json'],
);

/** A BODS 0.4 statement of a record (publication details as a register gives them). */
function statement(
  n: number,
  recordId: string,
  recordType: string,
  subject: string,
  details: object,
): string {
  return JSON.stringify({
    statementId: `bench-statement-${String(n).padStart(24, '0')}`,
    statementDate: '2024-01-15',
    publicationDetails: {
      publicationDate: '2024-02-01',
      bodsVersion: '0.4',
      publisher: { name: 'Bench register' },
    },
    recordId,
    recordType,
    recordStatus: 'new',
    declarationSubject: subject,
    recordDetails: { isComponent: false, ...details },
  });
}

/** A register of `count` statements: per company, the company, one owner and the link. */
function register(count: number): string {
  const lines: string[] = [];
  for (let i = 0; lines.length + 3 <= count; i += 1) {
    const company = `company-${i}`;
    const owner = i % 3 === 0 && i > 0 ? `company-${i - 1}` : `person-${i}`;
    lines.push(
      statement(lines.length, company, 'entity', company, {
        entityType: { type: 'registeredEntity' },
        name: `Bench Company ${i} Ltd`,
        identifiers: [{ scheme: 'GB-COH', id: String(10_000_000 + i) }],
      }),
    );
    if (owner.startsWith('person')) {
      lines.push(
        statement(lines.length, owner, 'person', company, {
          personType: 'knownPerson',
          names: [{ fullName: `Bench Person ${i}` }],
        }),
      );
    }
    lines.push(
      statement(lines.length, `rel-${i}`, 'relationship', company, {
        subject: company,
        interestedParty: owner,
        interests: [
          {
            type: 'shareholding',
            directOrIndirect: 'direct',
            share: { minimum: 25, exclusiveMaximum: 50 },
            startDate: '2016-04-06',
          },
        ],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'brand-graph-bods-bench-'));
  const { db, gateway } = await startBenchDatabase(join(home, 'db'), () => undefined);
  try {
    const count = Number(process.env.BODS_BENCH_STATEMENTS ?? 30_000);
    const generated = join(home, 'register.jsonl');
    const text = register(count);
    writeFileSync(generated, text);
    const runs: [string, string, number][] = [
      ['generated register (JSON lines)', generated, text.split('\n').length - 1],
    ];
    // The first import also creates the schema and registers CONTROLS and HAS_INTEREST_IN
    // (a constraint each); the second reads and writes the same file again, warm.
    if (existsSync(FIXTURE)) {
      runs.unshift(
        ['sample_300_statements.json (first import)', FIXTURE, 300],
        ['sample_300_statements.json (again)', FIXTURE, 300],
      );
    } else console.warn(`Skipping the fixture: ${FIXTURE} is absent`);
    // The machine may be shared: its load beside the figures says what they were measured under.
    const load = (): string =>
      loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ');
    console.log(`${new Date().toISOString()}: load average ${load()} on ${cpus().length} cores`);
    console.log('| file | statements | entities | facts | seconds | statements/s |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, path, statements] of runs) {
      const started = performance.now();
      const result = await importFiles(gateway, { format: 'bods', statements: [path] });
      const seconds = (performance.now() - started) / 1000;
      if (!result.ok) throw new Error(`${name}: ${result.message}`);
      console.log(
        `| ${name} | ${statements} | ${result.entities} | ${result.facts} | ${seconds.toFixed(1)} | ${Math.round(statements / seconds)} |`,
      );
    }
    console.log(`${new Date().toISOString()}: load average ${load()}`);
  } finally {
    await gateway.close();
    await db.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

await main();

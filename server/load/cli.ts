// `npm run load -- FILE...`: validates every file first, then loads them atomically.
import { readConfig } from '../config';
import { openDatabase } from '../neo4j/connect';
import { loadFiles, knownIds, type LoadReport } from './loader';
import { formatProblem, type Problem } from './problems';
import { readInputs } from './read-inputs';
import { checkReferences, parseFiles, type InputFile } from './validate';
import { runMain } from './run-main';

const USAGE = 'usage: npm run load -- FILE.json [FILE.json ...]';

function report(r: LoadReport): string {
  const line = (name: string, t: { total: number; created: number }): string =>
    `  ${name.padEnd(9)} ${String(t.total).padStart(7)} in files, ${t.created} created, ${t.total - t.created} updated`;
  return [line('entities', r.entities), line('sources', r.sources), line('facts', r.facts)].join(
    '\n',
  );
}

function refuse(problems: readonly Problem[]): number {
  console.error(`${problems.length} problem(s); nothing was written:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  return 1;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help')) {
    console.error(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  let inputs: InputFile[];
  try {
    inputs = readInputs(args);
  } catch (error) {
    console.error(`Cannot read input: ${(error as Error).message}`);
    return 2;
  }
  // 1. Syntax and shapes first: a malformed file is refused without starting the database.
  const parsed = parseFiles(inputs);
  if (!parsed.ok) return refuse(parsed.problems);
  const db = await openDatabase(readConfig(), (l) => console.error(l));
  try {
    // 2. References may point at entities and sources already stored.
    const problems = checkReferences(parsed.files, await knownIds(db.gateway));
    if (problems.length > 0) return refuse(problems);
    const started = Date.now();
    const result = await loadFiles(db.gateway, parsed.files, {
      onProgress: (p) => {
        if (p.total >= 5000 || p.done === p.total) {
          process.stderr.write(`\r  ${p.phase}: ${p.done}/${p.total}`.padEnd(40));
          if (p.done === p.total) process.stderr.write('\n');
        }
      },
    });
    console.log(
      `Loaded ${inputs.length} file(s) into ${db.description} in ${Date.now() - started} ms:`,
    );
    console.log(report(result));
    return 0;
  } finally {
    await db.close();
  }
}

runMain(main);

// `npm run import -- FORMAT [options] FILE...`: checks every file, then imports; progress
// (phase, rows, bytes of total) goes to stderr, the outcome to stdout.
import { readConfig } from '../config';
import { openDatabase } from '../neo4j/connect';
import { bulkImport, BulkRefusal } from './bulk/bulk-import';
import { parseCli, USAGE, type CliCommand } from './cli-args';
import { importFiles } from './import-files';
import { describeUnfinished, undoImport, unfinishedImports } from './import-record';
import { formatImportProblem } from './report';
import type { ImportProgressReport, ImportResult } from './types';
import { runMain } from '../load/run-main';

const MB = 1024 * 1024;

/** Prints progress at most once a second per phase; `flush` prints the last report held back. */
function progressPrinter(): {
  report: (p: ImportProgressReport) => void;
  flush: () => void;
} {
  let last = 0;
  let lastPhase = '';
  let held: ImportProgressReport | undefined;
  const print = (p: ImportProgressReport): void => {
    const share =
      p.totalBytes > 0 ? ` (${Math.min(100, Math.round((100 * p.bytes) / p.totalBytes))}%)` : '';
    const written = p.phase === 'writing' ? `, ${p.written.toLocaleString('en')} written` : '';
    process.stderr.write(
      `  ${p.phase}: ${p.rows.toLocaleString('en')} rows, ${(p.bytes / MB).toFixed(1)} of ` +
        `${(p.totalBytes / MB).toFixed(1)} MB${share}${written}\n`,
    );
  };
  return {
    report: (p) => {
      const now = Date.now();
      if (p.phase === lastPhase && now - last < 1000) {
        held = p;
        return;
      }
      // A new phase: first finish the one before it.
      if (held && held.phase !== p.phase) print(held);
      held = undefined;
      last = now;
      lastPhase = p.phase;
      print(p);
    },
    flush: () => {
      if (held) print(held);
      held = undefined;
    },
  };
}

/** `npm run import -- undo IMPORT_ID`: removes what an import wrote (see `undoImport`). */
async function undo(ids: readonly string[]): Promise<number> {
  const [id] = ids;
  if (id === undefined || ids.length !== 1) {
    console.error('usage: npm run import -- undo IMPORT_ID (the id a "did not finish" note names)');
    return 2;
  }
  const db = await openDatabase(readConfig(), (l) => console.error(l));
  try {
    const undone = await undoImport(db.gateway, id);
    if (!undone) {
      console.error(`No import with id "${id}" is recorded in ${db.description}.`);
      return 1;
    }
    console.log(
      `Undid import ${id}: removed ${undone.facts} facts and ${undone.entities} entities that only it wrote.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

/** Prints a refused import's problems as the normal import does; returns the exit code. */
function printRefused(result: ImportResult): number {
  console.error(`${result.message}:`);
  for (const p of result.problems.slice(0, 200)) console.error(`  ${formatImportProblem(p)}`);
  if (result.problems.length > 200) console.error(`  ... (${result.problems.length - 200} more)`);
  return 1;
}

/** `--bulk`: through neo4j-admin into the empty embedded database (server/imports/bulk/). */
async function bulk(command: CliCommand): Promise<number> {
  const config = readConfig();
  const started = Date.now();
  const progress = progressPrinter();
  try {
    const result = await bulkImport(config, command.request, {
      ...command.options,
      onProgress: progress.report,
      onLine: (line) => {
        progress.flush();
        console.error(line);
      },
    });
    progress.flush();
    if (!result.ok) return printRefused(result);
    const where = config.neo4j.mode === 'embedded' ? config.neo4j.home : '';
    console.log(`${result.message} into ${where} with neo4j-admin in ${Date.now() - started} ms.`);
    return 0;
  } catch (error) {
    if (!(error instanceof BulkRefusal)) throw error;
    console.error(`Cannot import with --bulk: ${error.message}.`);
    return 1;
  }
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help')) {
    console.error(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === 'undo') return undo(args.slice(1));
  let command: CliCommand;
  try {
    command = parseCli(args);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (command.bulk) return bulk(command);
  const db = await openDatabase(readConfig(), (l) => console.error(l));
  try {
    const started = Date.now();
    const progress = progressPrinter();
    const result = await importFiles(db.gateway, command.request, {
      ...command.options,
      onProgress: progress.report,
      onNotice: (line) => console.error(line),
    });
    progress.flush();
    for (const other of await unfinishedImports(db.gateway)) {
      console.error(`Note: ${describeUnfinished(other)}`);
    }
    if (!result.ok) return printRefused(result);
    console.log(`${result.message} into ${db.description} in ${Date.now() - started} ms.`);
    if (result.skipped > 0 && command.options.reportFile !== undefined) {
      console.log(`Skipped rows are listed in ${command.options.reportFile}.`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

runMain(main);

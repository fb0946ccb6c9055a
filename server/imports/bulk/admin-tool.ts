// Runs Neo4j's offline importer, `neo4j-admin database import full`, from the launcher's Maven
// jars (org.neo4j.cli.AdminTool is on its class path) into the embedded home's database, and
// turns its output into progress lines: the stage it is in and each 5 % it reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../config';

const LAUNCHER = join(PROJECT_ROOT, 'server', 'launcher', 'target');

/** The store and transaction-log folders of database `neo4j` under an embedded home. */
export function storeFolders(home: string): { store: string; transactions: string } {
  return {
    store: join(home, 'data', 'databases', 'neo4j'),
    transactions: join(home, 'data', 'transactions', 'neo4j'),
  };
}

/** Removes database `neo4j`'s store and logs under `home` (a failed bulk import's half). */
export function removeStore(home: string): void {
  const { store, transactions } = storeFolders(home);
  rmSync(store, { recursive: true, force: true });
  rmSync(transactions, { recursive: true, force: true });
}

/** True when `home` holds a store for database `neo4j`. */
export function hasStore(home: string): boolean {
  return existsSync(storeFolders(home).store);
}

/**
 * The tool's heap: a quarter of the machine's memory, between 512 MiB and 4 GiB (the tool
 * keeps most of its data off the heap, sized by itself from what is free).
 */
export function toolHeap(totalBytes = os.totalmem()): string {
  const mib = Math.floor(totalBytes / 4 / 2 ** 20);
  return `${Math.min(4096, Math.max(512, mib))}m`;
}

export interface AdminImportFiles {
  readonly nodes: string;
  readonly relationships: string;
  /** A folder of the import's own (the tool's configuration folder and its report). */
  readonly work: string;
  /** A cell holds a line break: the tool reads fields over several lines (slower). */
  readonly multiline: boolean;
  /** An empty store is there already: the tool replaces it. */
  readonly overwrite: boolean;
}

/** A line of the tool's output as a progress line, or undefined for lines that are not. */
export function progressLine(line: string, stage: { name: string }): string | undefined {
  const heading = /^\((\d+\/\d+)\)\s+(.+?)(\s+\d{4}-\d\d-\d\d .*)?\s*$/.exec(line);
  if (heading) {
    stage.name = `${heading[1] ?? ''} ${heading[2] ?? ''}`;
    return `  bulk import ${stage.name}`;
  }
  const share = /\s(\d{1,3})%\s/.exec(line);
  // Every 25 %: the tool prints a line each 5 %.
  if (share && /^[-.\s]/.test(line) && Number(share[1]) % 25 === 0) {
    return `  bulk import ${stage.name}: ${share[1] ?? ''}%`;
  }
  if (/^IMPORT DONE|^\s+\d+ (nodes|relationships|properties)$/.test(line))
    return `  ${line.trim()}`;
  return undefined;
}

/**
 * Runs the tool into `home` (NEO4J_HOME, made when missing) and resolves with its exit code and the last lines
 * it printed (for the error); progress lines go to `onLine`. `verbose`: the tool's own detail
 * (a failed run's reason: file, line, field, value) instead of its percentages.
 */
export async function runAdminImport(
  home: string,
  files: AdminImportFiles,
  onLine: (line: string) => void,
  verbose = false,
): Promise<{ code: number; tail: string[] }> {
  mkdirSync(home, { recursive: true });
  const child = spawn(
    process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java',
    [
      `-Xmx${toolHeap()}`,
      '-cp',
      `${join(LAUNCHER, 'classes')}:${join(LAUNCHER, 'lib', '*')}`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      // Verbose, the tool names a bad value's file, line and field, but prints no percentages.
      ...(verbose ? ['--verbose'] : []),
      `--nodes=${files.nodes}`,
      `--relationships=${files.relationships}`,
      '--array-delimiter=U+001F',
      `--multiline-fields=${String(files.multiline)}`,
      `--overwrite-destination=${String(files.overwrite)}`,
      `--report-file=${join(files.work, 'import.report')}`,
      '--',
      'neo4j',
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: files.work },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const tail: string[] = [];
  const stage = { name: '' };
  const read = (stream: NodeJS.ReadableStream): void => {
    createInterface({ input: stream }).on('line', (line) => {
      // Java stack frames say nothing to a person: the tail keeps the tool's own words.
      if (!/^\s+at |^\s+\.\.\. \d+ more$/.test(line)) tail.push(line);
      if (tail.length > 30) tail.shift();
      const progress = progressLine(line, stage);
      if (progress !== undefined) onLine(progress);
    });
  };
  read(child.stdout);
  read(child.stderr);
  const code = await new Promise<number>((done) => {
    child.once('error', (error) => {
      tail.push(error.message);
      done(1);
    });
    child.once('close', (status) => done(status ?? 1));
  });
  return { code, tail };
}

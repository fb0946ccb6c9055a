// Runs the loader CLI as a user would, against the test database.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config';
import { testDatabaseEnv } from './database';

/** A backstop for a hung CLI; at load 10+ a real run takes minutes, never this long. */
const CLI_BUDGET_MS = 600000;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runLoader(files: readonly string[], cwd = PROJECT_ROOT): CliRun {
  const result = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(PROJECT_ROOT, 'server', 'load', 'cli.ts'),
      ...files,
    ],
    {
      cwd,
      env: { ...process.env, ...testDatabaseEnv() },
      encoding: 'utf8',
      timeout: CLI_BUDGET_MS,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the importer CLI (`npm run import -- ARGS`) against the test database. */
export function runImporter(
  args: readonly string[],
  cwd = PROJECT_ROOT,
  timeoutMs = CLI_BUDGET_MS,
): CliRun {
  const result = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(PROJECT_ROOT, 'server', 'imports', 'cli.ts'),
      ...args,
    ],
    { cwd, env: { ...process.env, ...testDatabaseEnv() }, encoding: 'utf8', timeout: timeoutMs },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

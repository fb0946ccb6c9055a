// Runs the explorer (server/main.ts) as a child process the way `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config';

export interface AppProcess {
  readonly child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, or rejects at exit/timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

export function startApp(env: Record<string, string>): AppProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'server', 'main.ts')],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: '', PORT: '0', NEO4J_EMBEDDED_BOLT_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (text += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (text += c));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const closed = new Promise<void>((done) => child.once('close', () => done()));
  return {
    child,
    output: () => text,
    exited,
    waitFor(pattern, timeoutMs = 600000) {
      return new Promise((resolveMatch, reject) => {
        // Checked on every chunk of output (an event), not on a clock; the timeout is a backstop.
        const check = (): void => {
          const match = pattern.exec(text);
          if (match) {
            done();
            resolveMatch(match);
          }
        };
        const backstop = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for ${pattern}:\n${text}`));
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(backstop);
          child.stdout.off('data', check);
          child.stderr.off('data', check);
        };
        child.stdout.on('data', check);
        child.stderr.on('data', check);
        check();
        // After 'close' all output is in (it may still be in flight at 'exit').
        void Promise.all([exited, closed]).then(([code]) => {
          const match = pattern.exec(text);
          done();
          if (match) resolveMatch(match);
          else reject(new Error(`exited with ${code} before ${pattern}:\n${text}`));
        });
      });
    },
  };
}

/** Pids of JVMs running an embedded Neo4j on `home` (read from /proc, Linux). */
export function embeddedJvmsFor(home: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (environ.split('\0').includes(`NEO4J_EMBEDDED_HOME=${home}`)) pids.push(Number(entry));
    } catch {
      // The process ended or is not ours to read.
    }
  }
  return pids;
}

/** Waits until `check` is true, polling, or fails after `timeoutMs`. */
export async function eventually(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

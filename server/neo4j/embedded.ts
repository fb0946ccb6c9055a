// Starts and stops the embedded Neo4j: a child JVM running server/launcher, Bolt on loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT, type EmbeddedNeo4jConfig } from '../config';
import { EmbeddedNeo4jError } from '../errors';

const LAUNCHER = join(PROJECT_ROOT, 'server', 'launcher', 'target');
const MAIN_CLASS = 'org.brandgraph.EmbeddedNeo4j';
const WAY_OUT =
  'Install Java 17+ and Maven and run `npm install`, or set NEO4J_URI (with NEO4J_USERNAME, ' +
  'NEO4J_PASSWORD, NEO4J_DATABASE) to use an external Neo4j.';

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly username: 'neo4j';
  readonly password: string;
  readonly boltPort: number;
  readonly pid: number;
  /** Stops the JVM; resolves when it has exited. */
  stop(): Promise<void>;
  /**
   * Resolves when the JVM has exited, however it ended: `stopped` is true after `stop()`,
   * false when it died by itself (killed, out of memory, crashed).
   */
  readonly exited: Promise<JvmExit>;
}

/** How a JVM ended: its exit code or signal, and whether `stop()` asked for it. */
export interface JvmExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stopped: boolean;
}

export interface StartOptions {
  /** The server's limit for user transactions (bootstrap work is not under it). */
  readonly txTimeoutMs: number;
  /**
   * The whole start, bootstrap included (NEO4J_READY_TIMEOUT_MS); the launcher retries
   * transient errors with backoff inside it.
   */
  readonly startTimeoutMs: number;
  /** Receives progress lines meant for a person. */
  readonly log?: (line: string) => void;
  /** Called when the JVM runs the launcher's `main` (its `starting` event): the JVM is up. */
  readonly onJvmStarted?: () => void;
}

interface LauncherEvent {
  event: 'starting' | 'ready' | 'error' | 'stopped' | 'retrying';
  boltPort?: number;
  step?: string;
  attempt?: number;
  cause?: string;
  message?: string;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** The last resort: a JVM never outlives this process, however it ends. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Checks what the JVM needs before starting it, with the way out when something is missing. */
export function checkPrerequisites(): void {
  const java = javaCommand();
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new EmbeddedNeo4jError('no-java', `No Java found (tried "${java}"). ${WAY_OUT}`);
  }
  const major = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (major !== undefined && Number(major) < 17) {
    throw new EmbeddedNeo4jError(
      'old-java',
      `Java ${major} found; Neo4j 5.26 needs Java 17 or newer. ${WAY_OUT}`,
    );
  }
  if (!existsSync(join(LAUNCHER, 'classes')) || !existsSync(join(LAUNCHER, 'lib'))) {
    throw new EmbeddedNeo4jError(
      'not-built',
      `The embedded Neo4j is not built (no ${LAUNCHER}). ${WAY_OUT}`,
    );
  }
}

/** Starts Neo4j in a child JVM and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(
  config: EmbeddedNeo4jConfig,
  options: StartOptions,
): Promise<EmbeddedNeo4j> {
  checkPrerequisites();
  mkdirSync(config.home, { recursive: true });
  const password = config.password ?? randomBytes(18).toString('base64url');
  const log = options.log ?? (() => undefined);
  const child = spawn(
    javaCommand(),
    [
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      `${join(LAUNCHER, 'classes')}:${join(LAUNCHER, 'lib', '*')}`,
      MAIN_CLASS,
    ],
    {
      env: {
        ...process.env,
        NEO4J_EMBEDDED_HOME: config.home,
        NEO4J_EMBEDDED_BOLT_PORT: String(config.boltPort),
        NEO4J_EMBEDDED_PASSWORD: password,
        NEO4J_EMBEDDED_PAGECACHE: String(config.pageCacheBytes),
        NEO4J_EMBEDDED_TX_TIMEOUT_MS: String(options.txTimeoutMs),
        NEO4J_EMBEDDED_READY_TIMEOUT_MS: String(options.startTimeoutMs),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  installExitHook();
  running.add(child);
  let stopRequested = false;
  const exited = new Promise<JvmExit>((done) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      done({ code, signal, stopped: stopRequested });
    });
  });
  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 20) stderrTail.shift();
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    stopRequested = true;
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
    await exited;
    clearTimeout(timer);
  };

  log(`Starting embedded Neo4j 5.26 in ${config.home} ...`);
  try {
    const boltPort = await waitForReady(child, options, stderrTail, log);
    log(`Embedded Neo4j is up: bolt://127.0.0.1:${boltPort}`);
    return {
      uri: `bolt://127.0.0.1:${boltPort}`,
      username: 'neo4j',
      password,
      boltPort,
      pid: child.pid ?? -1,
      stop,
      exited,
    };
  } catch (error) {
    stopRequested = true;
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
}

function waitForReady(
  child: ChildProcess,
  { startTimeoutMs: timeoutMs, onJvmStarted }: StartOptions,
  stderrTail: readonly string[],
  log: (line: string) => void,
): Promise<number> {
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      reject(
        new EmbeddedNeo4jError(
          'timeout',
          `Embedded Neo4j did not start within ${Math.round(timeoutMs / 1000)} s. ${BUSY_HINT(timeoutMs)}`,
        ),
      );
    }, timeoutMs);
    if (!child.stdout) throw new Error('the JVM has no stdout pipe');
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (!line.startsWith('@@neo4j ')) return;
      const event = JSON.parse(line.slice(8)) as LauncherEvent;
      if (event.event === 'starting') onJvmStarted?.();
      else if (event.event === 'ready' && event.boltPort !== undefined) {
        clearTimeout(timer);
        resolveReady(event.boltPort);
      } else if (event.event === 'retrying') {
        log(
          `Embedded Neo4j is slow to start (${event.step ?? 'bootstrap'}, try ${event.attempt ?? '?'}): ${event.message ?? ''}; retrying ...`,
        );
      } else if (event.event === 'error') {
        clearTimeout(timer);
        reject(new EmbeddedNeo4jError(event.cause ?? 'start-failed', explain(event, timeoutMs)));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError('spawn', `Could not run Java: ${error.message}. ${WAY_OUT}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const detail = stderrTail.join('').trim().split('\n').slice(-5).join('\n');
      reject(
        new EmbeddedNeo4jError(
          'exited',
          `Embedded Neo4j exited (code ${code}) before it was ready.${detail ? `\n${detail}` : ''}`,
        ),
      );
    });
  });
}

/** What to do when a start ran out of time: the setting that gives it more. */
const BUSY_HINT = (timeoutMs: number): string =>
  `On a busy or slow machine, raise NEO4J_READY_TIMEOUT_MS (now ${timeoutMs} ms).`;

function explain(event: LauncherEvent, timeoutMs: number): string {
  const message = event.message ?? 'unknown error';
  switch (event.cause) {
    case 'port-in-use':
      return `${message}. Set NEO4J_EMBEDDED_BOLT_PORT to a free port (0 picks one), or stop what uses it.`;
    case 'store-locked':
      return (
        `The database folder is in use by another Neo4j (${message}). Stop the other explorer or ` +
        'loader, or set NEO4J_EMBEDDED_DATA to another folder.'
      );
    case 'ready-timeout':
      return `Embedded Neo4j started but ${message}. ${BUSY_HINT(timeoutMs)}`;
    case 'auth-setup':
      return `Embedded Neo4j started but its password could not be set: ${message}.`;
    default:
      return `Embedded Neo4j failed to start: ${message}. ${WAY_OUT}`;
  }
}

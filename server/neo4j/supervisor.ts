// Keeps the embedded Neo4j running: notices when its JVM dies and restarts it with backoff.
import { randomBytes } from 'node:crypto';
import type { EmbeddedNeo4jConfig } from '../config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type JvmExit } from './embedded';

/** `up`: queries may run; `restarting`: the JVM died and is being restarted; `down`: gave up. */
export type DatabaseState = 'up' | 'restarting' | 'down';

/** What the routes need to know about the database's health, without a query. */
export interface DatabaseStatus {
  state(): DatabaseState;
  /** How many times the database was restarted since the app started. */
  restarts(): number;
}

export interface SupervisorOptions {
  /** The server's limit for user transactions. */
  readonly txTimeoutMs: number;
  /** Budget of one start, bootstrap included (NEO4J_READY_TIMEOUT_MS). */
  readonly readyTimeoutMs: number;
  /** Restart tries after one death before giving up (NEO4J_RESTART_TRIES). */
  readonly maxRestarts: number;
  /** First wait before a restart in ms; doubles per failed try, at most 15 s. */
  readonly firstBackoffMs?: number;
  readonly log: (line: string) => void;
  /** Run after each (re)start, e.g. until the driver answers again; a throw fails the try. */
  readonly afterStart?: (db: EmbeddedNeo4j) => Promise<void>;
  /** Told once restarts are exhausted; the app should exit non-zero. */
  readonly onFatal: (message: string) => void;
}

const MAX_BACKOFF_MS = 15000;

/**
 * Starts the embedded Neo4j and restarts it (same folder, same Bolt port, same password)
 * whenever its JVM exits without being asked to, up to `maxRestarts` tries per death with
 * backoff; the driver reconnects by itself since the address and credentials stay the same.
 */
export class EmbeddedSupervisor implements DatabaseStatus {
  private current: EmbeddedNeo4j | undefined;
  private currentState: DatabaseState = 'restarting';
  private restartCount = 0;
  private stopping = false;
  private config: EmbeddedNeo4jConfig;

  constructor(
    config: EmbeddedNeo4jConfig,
    private readonly options: SupervisorOptions,
  ) {
    // One password for every start, so that the driver keeps working across restarts.
    this.config = { ...config, password: config.password ?? randomBytes(18).toString('base64url') };
  }

  state(): DatabaseState {
    return this.currentState;
  }

  restarts(): number {
    return this.restartCount;
  }

  /** The running database; undefined before the first start. */
  get database(): EmbeddedNeo4j | undefined {
    return this.current;
  }

  /** First start: errors are thrown to the caller (no restarts for a start that never worked). */
  async start(startTimeoutMs = this.options.readyTimeoutMs): Promise<EmbeddedNeo4j> {
    const db = await startEmbeddedNeo4j(this.config, {
      txTimeoutMs: this.options.txTimeoutMs,
      startTimeoutMs,
      log: this.options.log,
    });
    // Restarts reuse the port actually bound (the configured one may be 0: any free port).
    this.config = { ...this.config, boltPort: db.boltPort };
    this.adopt(db);
    return db;
  }

  /** Marks the database up once the caller has seen it answer. */
  markUp(): void {
    if (!this.stopping) this.currentState = 'up';
  }

  /** Stops the database for good (app shutdown); no restart follows. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.current?.stop();
  }

  /** Read through a method: `stop()` may set it while a restart awaits. */
  private isStopping(): boolean {
    return this.stopping;
  }

  private adopt(db: EmbeddedNeo4j): void {
    this.current = db;
    void db.exited.then((exit) => {
      if (exit.stopped || this.stopping || this.current !== db) return;
      void this.restart(db, exit);
    });
  }

  private async restart(dead: EmbeddedNeo4j, exit: JvmExit): Promise<void> {
    const { log } = this.options;
    const diedAt = Date.now();
    this.currentState = 'restarting';
    const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
    log(
      `Embedded Neo4j (pid ${dead.pid}) died (${how}); restarting it on the same folder and ` +
        `port (${dead.uri}); requests get 503 until it is back.`,
    );
    let wait = this.options.firstBackoffMs ?? 1000;
    let lastError = 'no try was made';
    for (let attempt = 1; attempt <= this.options.maxRestarts; attempt += 1) {
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, MAX_BACKOFF_MS);
      if (this.stopping) return;
      let db: EmbeddedNeo4j | undefined;
      try {
        db = await startEmbeddedNeo4j(this.config, {
          txTimeoutMs: this.options.txTimeoutMs,
          startTimeoutMs: this.options.readyTimeoutMs,
          log,
        });
        if (this.isStopping()) {
          await db.stop();
          return;
        }
        const started = db;
        // A JVM that dies while the driver waits for it fails this try at once.
        await Promise.race([
          this.options.afterStart?.(started),
          started.exited.then((end) => {
            throw new Error(`it exited again (${end.signal ?? `code ${end.code}`})`);
          }),
        ]);
        this.adopt(started);
        this.restartCount += 1;
        this.markUp();
        const seconds = ((Date.now() - diedAt) / 1000).toFixed(1);
        log(`Embedded Neo4j is back (pid ${db.pid}, try ${attempt}, ${seconds} s after it died).`);
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        log(`Restart try ${attempt} of ${this.options.maxRestarts} failed: ${lastError}`);
        await db?.stop();
      }
    }
    this.currentState = 'down';
    if (this.options.maxRestarts === 0) {
      this.options.onFatal(
        `The embedded Neo4j (pid ${dead.pid}) died (${how}); this tool does not restart it. ` +
          `Run it again; its data folder is ${this.config.home}.`,
      );
      return;
    }
    this.options.onFatal(
      `The embedded Neo4j died and could not be restarted after ${this.options.maxRestarts} ` +
        `tries (last error: ${lastError}). Its data folder is ${this.config.home}; ` +
        'NEO4J_RESTART_TRIES sets the number of tries.',
    );
  }
}

// Opens the configured database: the embedded Neo4j (started and supervised here) or an external server.
import type { Config } from '../config';
import { Neo4jGateway } from './gateway';
import { EmbeddedSupervisor, type DatabaseStatus } from './supervisor';

export interface Database {
  readonly gateway: Neo4jGateway;
  /** Where it is, for messages: a Bolt URI and database name, never a password. */
  readonly description: string;
  /** The embedded database's supervision state; undefined for an external server. */
  readonly status?: DatabaseStatus;
  /** Epoch ms by which start-up work (schema, seed) should be done (NEO4J_READY_TIMEOUT_MS). */
  readonly readyBy: number;
  /** Closes the driver and stops the embedded JVM if there is one. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Restart the embedded JVM when it dies (the app does; one-off tools need not). */
  readonly supervise?: boolean;
  /** Told when supervision gives up; by default the process exits with code 1. */
  readonly onFatal?: (message: string) => void;
}

/**
 * Starts (if embedded) and connects, then waits until a query succeeds; all of it within one
 * budget, NEO4J_READY_TIMEOUT_MS, whose name the error carries when it runs out.
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  options: OpenOptions = {},
): Promise<Database> {
  const neo = config.neo4j;
  const readyBy = Date.now() + config.readyTimeoutMs;
  const remaining = (): number => Math.max(1000, readyBy - Date.now());
  let supervisor: EmbeddedSupervisor | undefined;
  // The gateway exists once the first start is done; restarts use it to wait for answers.
  const link: { gateway?: Neo4jGateway } = {};
  let target: { uri: string; username: string; password: string; database: string };
  if (neo.mode === 'embedded') {
    supervisor = new EmbeddedSupervisor(neo, {
      txTimeoutMs: config.txTimeoutMs,
      readyTimeoutMs: config.readyTimeoutMs,
      maxRestarts: options.supervise ? config.restartTries : 0,
      log,
      afterStart: async () => link.gateway?.waitUntilReady(config.readyTimeoutMs),
      onFatal:
        options.onFatal ??
        ((message) => {
          console.error(`Fatal: ${message}`);
          process.exit(1);
        }),
    });
    const embedded = await supervisor.start(remaining());
    target = { ...embedded, database: neo.database };
  } else {
    target = neo;
  }
  const opened = Neo4jGateway.connect({
    ...target,
    txTimeoutMs: config.txTimeoutMs,
    readyTimeoutMs: config.readyTimeoutMs,
  });
  link.gateway = opened;
  const close = async (): Promise<void> => {
    await opened.close().catch(() => undefined);
    await supervisor?.stop();
  };
  try {
    log(`Waiting for Neo4j at ${target.uri} (database "${target.database}") ...`);
    await opened.waitUntilReady(remaining());
    supervisor?.markUp();
  } catch (error) {
    await close();
    throw error;
  }
  return {
    gateway: opened,
    description: `${target.uri} (database "${target.database}")`,
    ...(supervisor ? { status: supervisor } : {}),
    readyBy,
    close,
  };
}

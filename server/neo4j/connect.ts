// Opens the configured database: the embedded Neo4j (started here) or an external server.
import type { Config } from '../config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';
import { Neo4jGateway } from './gateway';

export interface Database {
  readonly gateway: Neo4jGateway;
  /** Where it is, for messages: a Bolt URI and database name, never a password. */
  readonly description: string;
  /** Closes the driver and stops the embedded JVM if there is one. */
  close(): Promise<void>;
}

/** Starts (if embedded) and connects, then waits until a query succeeds. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const neo = config.neo4j;
  let embedded: EmbeddedNeo4j | undefined;
  let target: { uri: string; username: string; password: string; database: string };
  if (neo.mode === 'embedded') {
    embedded = await startEmbeddedNeo4j(neo, {
      txTimeoutMs: config.txTimeoutMs,
      startTimeoutMs: config.readyTimeoutMs,
      log,
    });
    target = { ...embedded, database: neo.database };
  } else {
    target = neo;
  }
  const gateway = Neo4jGateway.connect({ ...target, txTimeoutMs: config.txTimeoutMs });
  const close = async (): Promise<void> => {
    await gateway.close().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    log(`Waiting for Neo4j at ${target.uri} (database "${target.database}") ...`);
    await gateway.waitUntilReady(config.readyTimeoutMs);
  } catch (error) {
    await close();
    throw error;
  }
  return { gateway, description: `${target.uri} (database "${target.database}")`, close };
}

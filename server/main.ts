// Starts the explorer: the database (embedded unless NEO4J_URI is set), the data, the server.
import type { Server } from 'node:http';
import { createApp } from './app';
import { readConfig, type Config } from './config';
import { openDatabase, type Database } from './neo4j/connect';
import { seedIfEmpty } from './load/seed';
import { FactTypeRegistry } from './domain/fact-type-registry';
import { refreshFactTypes } from './graph/fact-types';
import { appImports } from './imports/app-runner';
import { retryTransient } from './neo4j/retry';
import { describeUnfinished, unfinishedImports } from './imports/import-record';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    console.error(`Configuration error: ${(error as Error).message}`);
    process.exit(2);
  }
  let db: Database | undefined;
  let server: Server | undefined;
  let stopping = false;
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log('Stopping ...');
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    await db?.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));
  try {
    db = await openDatabase(config, log, {
      supervise: true,
      onFatal: (message) => {
        console.error(`Fatal: ${message}`);
        void shutdown(1);
      },
    });
    const opened = db;
    await seedIfEmpty(opened.gateway, log, undefined, opened.readyBy);
    // The app's one registry of fact types: services, imports and embeds read and teach it.
    const factTypes = new FactTypeRegistry();
    await retryTransient(() => refreshFactTypes(opened.gateway, factTypes), {
      deadline: opened.readyBy,
      budgetMs: config.readyTimeoutMs,
      what: 'Reading the registered fact types',
    });
    const imports = appImports(db.gateway, config.imports, factTypes);
    // Jobs of an earlier run that had not ended are interrupted; their uploads are removed.
    const recovered = imports.token !== undefined ? await imports.store.recover() : undefined;
    const app = createApp({
      gateway: db.gateway,
      factTypes,
      ...(db.status ? { database: db.status } : {}),
      corsOrigins: config.corsOrigins,
      rateLimitPerMinute: config.rateLimitPerMinute,
      cypherTimeoutMs: config.cypherTimeoutMs,
      analystConcurrency: config.analystConcurrency,
      imports,
      embed: config.embed,
      editors: config.editors,
    });
    server = app.listen(config.port, config.host);
    await new Promise<void>((resolveListen, reject) => {
      server?.once('listening', resolveListen).once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    if (config.imports) {
      log('Imports are on (EDITOR_TOKEN is set): editors can import files.');
      if (recovered && recovered.interrupted + recovered.uploadsRemoved > 0) {
        log(
          `Import jobs of an earlier run: ${recovered.interrupted} interrupted, ` +
            `${recovered.uploadsRemoved} upload folder(s) removed.`,
        );
      }
      for (const record of await unfinishedImports(opened.gateway)) {
        log(`Note: ${describeUnfinished(record)}`);
      }
    }
    log(`Explorer ready: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? ` Port ${config.port} is in use: set PORT to another port.`
        : '';
    console.error(`Could not start the explorer: ${message}${hint}`);
    await shutdown(1);
  }
}

void main();

// Server configuration: read once from the environment, checked, with stated defaults.
import { isAbsolute, join, resolve } from 'node:path';
import { readEmbedConfig, type EmbedConfig } from './embed/embed-config';
import { ConfigError } from './errors';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

export interface ExternalNeo4j {
  readonly mode: 'external';
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
}

export interface EmbeddedNeo4jConfig {
  readonly mode: 'embedded';
  /** Folder that holds the database; survives restarts. */
  readonly home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  readonly boltPort: number;
  /** Password for the `neo4j` user; random for each start when not given. */
  readonly password?: string;
  readonly heap: string;
  readonly pageCacheBytes: number;
  readonly database: 'neo4j';
}

export type Neo4jConfig = ExternalNeo4j | EmbeddedNeo4jConfig;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly neo4j: Neo4jConfig;
  /** Server-side limit for one transaction. */
  readonly txTimeoutMs: number;
  /**
   * The whole start-up of the database (JVM start, password, first answer, schema), retried
   * with backoff inside it (NEO4J_READY_TIMEOUT_MS).
   */
  readonly readyTimeoutMs: number;
  /** Restart tries after the embedded JVM dies, before the app gives up (NEO4J_RESTART_TRIES). */
  readonly restartTries: number;
  /** Origins allowed to call the API from browsers (CORS); empty: none. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute per client address; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  /** Limit for one analyst Cypher query. */
  readonly cypherTimeoutMs: number;
  /** Analyst Cypher queries at once, each in its own worker and connections; more get 429. */
  readonly analystConcurrency: number;
  /** Imports from the app: on only when an editor token is configured. */
  readonly imports?: ImportConfig;
  /** Embeds and the analyst access mode. */
  readonly embed: EmbedConfig;
  /**
   * Editors who may write (authoring): token to editor name, from EDITOR_TOKENS
   * (`alice:TOKEN,bob:TOKEN`) and EDITOR_TOKEN (named `editor`). Empty: the API is read-only.
   */
  readonly editors: Editors;
}

/** Editor tokens to the editor's name (the name every revision they write carries). */
export type Editors = ReadonlyMap<string, string>;

/** What EDITOR_TOKENS may name an editor: letters, digits, `.`, `_`, `-`, 1 to 64 of them. */
const EDITOR_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Parses EDITOR_TOKENS (`alice:TOKEN1,bob:TOKEN2`) and EDITOR_TOKEN (editor `editor`) into
 * token → name. Each token needs 16+ characters without spaces; a token given twice or a bad
 * name throws ConfigError naming the variable.
 */
export function readEditors(env: Env): Editors {
  const editors = new Map<string, string>();
  const add = (name: string, token: string, variable: string): void => {
    if (!EDITOR_NAME.test(name)) {
      throw new ConfigError(`${variable}: an editor's name is 1 to 64 of A-Z a-z 0-9 . _ -`);
    }
    if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
      throw new ConfigError(
        `${variable} must be at least ${MIN_TOKEN_LENGTH} characters without spaces (each token)`,
      );
    }
    if (editors.has(token)) throw new ConfigError(`${variable}: a token is given twice`);
    editors.set(token, name);
  };
  for (const item of (env.EDITOR_TOKENS ?? '').split(',')) {
    const entry = item.trim();
    if (entry === '') continue;
    const colon = entry.indexOf(':');
    if (colon < 0) throw new ConfigError('EDITOR_TOKENS must read name:token,name:token');
    add(entry.slice(0, colon), entry.slice(colon + 1), 'EDITOR_TOKENS');
  }
  const single = env.EDITOR_TOKEN;
  if (single !== undefined && single !== '') add('editor', single, 'EDITOR_TOKEN');
  return editors;
}

export interface ImportConfig {
  /** The token an import request must carry (`Authorization: Bearer ...`). */
  readonly editorToken: string;
  readonly maxFileBytes: number;
  readonly maxFiles: number;
  /**
   * The app's folder for import jobs and their uploads (IMPORT_JOBS_DIR): by default
   * `import-jobs` in the embedded database's folder, or `.import-jobs` with an external Neo4j.
   */
  readonly jobsDir: string;
}

/** An editor token shorter than this is refused: it guards writes. */
const MIN_TOKEN_LENGTH = 16;

function importConfig(env: Env, neo4j: Neo4jConfig): ImportConfig | undefined {
  const token = env.EDITOR_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new ConfigError(
      `EDITOR_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters without spaces (it guards imports)`,
    );
  }
  return {
    editorToken: token,
    maxFileBytes: integer(env, 'IMPORT_MAX_MB', 200, 1, 100000) * 1024 * 1024,
    maxFiles: integer(env, 'IMPORT_MAX_FILES', 10, 1, 100),
    jobsDir: folder(
      env.IMPORT_JOBS_DIR ||
        (neo4j.mode === 'embedded' ? join(neo4j.home, 'import-jobs') : '.import-jobs'),
    ),
  };
}

type Env = Readonly<Record<string, string | undefined>>;

/** A folder setting as an absolute path (relative ones are under the project's folder). */
function folder(path: string): string {
  return isAbsolute(path) ? path : resolve(PROJECT_ROOT, path);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/**
 * Defaults the embedded launcher (EmbeddedNeo4j.java) repeats for when it runs on its own; a
 * unit test keeps the two equal. Times in ms, the page cache in MiB.
 */
export const NEO4J_DEFAULTS = {
  txTimeoutMs: 15000,
  readyTimeoutMs: 300000,
  pageCacheMb: 256,
} as const;

function neo4jConfig(env: Env): Neo4jConfig {
  const uri = env.NEO4J_URI;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigError(
        `NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`,
      );
    }
    const missing = ['NEO4J_USERNAME', 'NEO4J_PASSWORD'].filter((n) => !env[n]);
    if (missing.length > 0) {
      throw new ConfigError(`NEO4J_URI is set, so ${missing.join(' and ')} must be set too`);
    }
    return {
      mode: 'external',
      uri,
      username: env.NEO4J_USERNAME ?? '',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || 'neo4j',
    };
  }
  return {
    mode: 'embedded',
    home: folder(env.NEO4J_EMBEDDED_DATA || '.neo4j-data'),
    boltPort: integer(env, 'NEO4J_EMBEDDED_BOLT_PORT', 7687, 0, 65535),
    ...(env.NEO4J_EMBEDDED_PASSWORD ? { password: env.NEO4J_EMBEDDED_PASSWORD } : {}),
    heap: env.NEO4J_EMBEDDED_HEAP || '1g',
    pageCacheBytes:
      integer(env, 'NEO4J_EMBEDDED_PAGECACHE_MB', NEO4J_DEFAULTS.pageCacheMb, 16, 65536) *
      1024 *
      1024,
    database: 'neo4j',
  };
}

/** Reads and checks the configuration; throws ConfigError naming the bad variable. */
export function readConfig(env: Env = process.env): Config {
  const neo4j = neo4jConfig(env);
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    neo4j,
    txTimeoutMs: integer(env, 'NEO4J_TX_TIMEOUT_MS', NEO4J_DEFAULTS.txTimeoutMs, 100, 3600000),
    readyTimeoutMs: integer(
      env,
      'NEO4J_READY_TIMEOUT_MS',
      NEO4J_DEFAULTS.readyTimeoutMs,
      1000,
      1800000,
    ),
    restartTries: integer(env, 'NEO4J_RESTART_TRIES', 5, 0, 100),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o.length > 0),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1000000),
    cypherTimeoutMs: integer(env, 'CYPHER_TIMEOUT_MS', 5000, 100, 600000),
    analystConcurrency: integer(env, 'ANALYST_CONCURRENCY', 2, 1, 32),
    embed: readEmbedConfig(env),
    editors: readEditors(env),
    ...withImports(importConfig(env, neo4j)),
  };
}

function withImports(imports: ImportConfig | undefined): { imports?: ImportConfig } {
  return imports ? { imports } : {};
}

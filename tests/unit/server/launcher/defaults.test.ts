// The launcher's own defaults (used when it runs without the server) are the server's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEO4J_DEFAULTS, PROJECT_ROOT } from '../../../../server/config';

const JAVA = readFileSync(
  join(PROJECT_ROOT, 'server/launcher/src/main/java/org/brandgraph/EmbeddedNeo4j.java'),
  'utf8',
);

/** The default EmbeddedNeo4j.java reads for `name` (`env.getOrDefault(name, "…")`). */
function javaDefault(name: string): number {
  const found = new RegExp(`getOrDefault\\(\\s*"${name}",\\s*"(\\d+)"\\)`).exec(JAVA);
  if (!found?.[1]) throw new Error(`EmbeddedNeo4j.java has no default for ${name}`);
  return Number(found[1]);
}

describe('the embedded launcher', () => {
  it('defaults to the transaction timeout, start budget and page cache of config.ts', () => {
    expect(javaDefault('NEO4J_EMBEDDED_TX_TIMEOUT_MS')).toBe(NEO4J_DEFAULTS.txTimeoutMs);
    expect(javaDefault('NEO4J_EMBEDDED_READY_TIMEOUT_MS')).toBe(NEO4J_DEFAULTS.readyTimeoutMs);
    expect(javaDefault('NEO4J_EMBEDDED_PAGECACHE')).toBe(NEO4J_DEFAULTS.pageCacheMb * 1024 * 1024);
  });
});

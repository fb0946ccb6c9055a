// npm postinstall: builds the embedded Neo4j launcher and lets Maven fetch the Neo4j jars.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const javaHome = process.env.JAVA_HOME;
const java = javaHome ? join(javaHome, 'bin', 'java') : 'java';

/** The major version of the Java that `java -version` reports, or null when there is none. */
function javaMajor() {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function explainAndSkip(problem) {
  console.warn(
    `\n[neo4j] ${problem}\n` +
      '[neo4j] The embedded Neo4j was not built. Install Java 17+ and Maven and run `npm install` again,\n' +
      '[neo4j] or set NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to use an external Neo4j.\n',
  );
  process.exit(0);
}

if (process.env.SKIP_NEO4J_INSTALL === '1') {
  console.log('[neo4j] SKIP_NEO4J_INSTALL=1: not building the embedded Neo4j.');
  process.exit(0);
}

const major = javaMajor();
if (major === null) explainAndSkip(`No Java found (tried ${java}).`);
if (major < 17) explainAndSkip(`Java ${major} found; Neo4j 5.26 needs Java 17 or newer.`);

const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) explainAndSkip('Maven (mvn) is not on the PATH.');

console.log('[neo4j] Building the embedded Neo4j launcher (Maven fetches the Neo4j jars once)...');
const build = spawnSync('mvn', ['-B', '-q', '-f', join(here, 'pom.xml'), 'package'], {
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('[neo4j] Maven failed to build the launcher; see its output above.');
  process.exit(build.status ?? 1);
}
console.log('[neo4j] Embedded Neo4j is ready: server/launcher/target.');

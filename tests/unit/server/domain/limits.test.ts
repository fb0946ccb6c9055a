// One table of limits: every consumer reads server/domain/limits.ts, and no code path writes one
// of its numbers itself where a limit is meant (ids per request, expanded entities, embed size…).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../server/config';
import { LIMITS } from '../../../../server/domain/limits';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'launcher' ? [] : sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const files = [...sources(join(PROJECT_ROOT, 'server')), ...sources(join(PROJECT_ROOT, 'client'))]
  .map((path) => relative(PROJECT_ROOT, path))
  .filter((path) => path !== join('server', 'domain', 'limits.ts'));

const values = new Set<number>(Object.values(LIMITS));
/** A line that bounds something: a limit, a maximum, a cap, a slice, an id list, a size. */
const BOUNDING = /\b(limit|max|MAX_|slice|ids|LARGE|WHOLE|EMBED|entities|expanded)\w*\b/i;

/** Lines that bound something else with a number that happens to equal a limit. */
const UNRELATED: readonly RegExp[] = [
  /\.max\(200\)/, // search text length, in characters
  /\{0,199\}/, // an entity id's length, in the id pattern
  /maxTransactionRetryTime/,
  /LOOKUP_BATCH = 2000/,
  /IMPORT_MAX_MB/, // megabytes of an upload
  /request\.limit \* 20/, // rows read per path asked for
  /problems\.slice\(0, 200\)/, // problems printed by the import command
  /maxFiles \+ 20/, // form fields beside the files of an upload
  /2 \*\* 20/, // bytes in a MiB
  /MAX_OPERATORS = 500/, // plan operators of an analyst query (server/graph/analyst-rules.ts)
  /MAX_WAIT_MS = 5000/, // milliseconds between retries
  /EMBED_HEIGHTS = \{ min: 200, max: 4000 \}/, // CSS px an embed's iframe may be set to
  /clamp\(Math\.max\(parts\.width \* 0\.55/, // CSS px of an embed's graph (auto-height.ts)
  /Lucene's clause limit is 1,024/, // Lucene's own maximum, named beside WORDS_PER_QUERY
];

describe('limits', () => {
  it('are read by every code path that applies one', () => {
    const consumers = [
      'server/http/query-schemas.ts',
      'server/graph/graph-service.ts',
      'server/embed/view-data.ts',
      'server/domain/embed-view.ts',
      'client/src/api.ts',
      'client/src/graph/layout.ts',
      'client/src/graph/prominence.ts',
      'client/src/explorer/view-state.ts',
      'client/src/explorer/state/apply-action.ts',
      'client/src/explorer/embed-dialog.ts',
    ];
    for (const file of consumers) {
      const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      expect(text, file).toMatch(/import \{[^}]*\bLIMITS\b[^}]*\} from '[./a-z]*\/limits'/);
    }
  });

  it('are not written as numbers anywhere else', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = readFileSync(join(PROJECT_ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (line.trim().startsWith('//') || line.trim().startsWith('*')) return;
        if (!BOUNDING.test(line) || UNRELATED.some((r) => r.test(line))) return;
        const numbers = (line.match(/(?<![\w.])\d+(?![\w.])/g) ?? []).map(Number);
        if (numbers.some((n) => values.has(n))) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('agree with each other', () => {
    expect(LIMITS.embedIds).toBeLessThanOrEqual(LIMITS.expandedPerView);
    expect(LIMITS.overviewHubs).toBeLessThan(LIMITS.overviewEntities);
    expect(LIMITS.overviewEntities).toBeLessThanOrEqual(LIMITS.largeGraph);
    expect(LIMITS.overviewEntities).toBeLessThanOrEqual(LIMITS.embedEntities);
    expect(LIMITS.neighbourhoodEntities).toBeLessThanOrEqual(LIMITS.neighbourhoodEntitiesMax);
    expect(LIMITS.prominentLabels).toBeLessThanOrEqual(LIMITS.overviewHubs);
  });
});

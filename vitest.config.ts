// Test tiers: unit (pure, no database), recorded (queries each endpoint sends, no database),
// integration (real embedded Neo4j, API, Chromium) and
// realdata (real datasets end to end, run last with a database of its own).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one plain closing line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // No database, but some tests parse 20,000-fact files: 10 s at load 25 where 1 s when
          // quiet. The budget only stops a hung test; it must hold on a busy machine.
          testTimeout: 120000,
        },
      },
      {
        test: {
          // What each endpoint sends (query names and parameters, in order) and answers, over
          // recorded rows: the real app on a recording QueryRunner, no database.
          name: 'recorded',
          include: ['tests/recorded/**/*.test.ts'],
          environment: 'node',
          // A case is one request to an in-process app (a tenth of a second when quiet): the
          // budget only stops a hung test and must hold on a busy machine.
          testTimeout: 120000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-neo4j.ts'],
          // One database for the whole tier: files take turns.
          fileParallelism: false,
          // Budgets that hold at load 10 and beyond (a shared 2-core machine, two CPU-bound
          // jobs beside): the embedded Neo4j alone took 90 s to start at load 19. Waits inside
          // tests follow events (ready lines, health answers); these only stop a hung test.
          testTimeout: 600000,
          hookTimeout: 600000,
        },
      },
      {
        test: {
          // Datasets nobody here wrote (../shared/datasets, skipped when absent) and the
          // generated acquisitions file, imported and explored in Chromium: after the rest.
          name: 'realdata',
          include: ['tests/realdata/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-neo4j.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 300000,
          hookTimeout: 600000,
        },
      },
    ],
  },
});

import { createRequire } from 'node:module';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const require = createRequire(import.meta.url);

/** One copy of graphql for type-graphql and the tests (two copies fail with "another realm"). */
const resolve = { alias: { graphql: require.resolve('graphql/index.js') } };

/** Tiers: unit (no database), integration (one shared Neo4j), slow (chaos, start/stop, load, browser). */
const tier = (name: string, order: number, include: string[], database: boolean): TestProjectInlineConfiguration => ({
  extends: true,
  resolve,
  test: {
    name,
    include,
    // Tiers run one after another, fastest first (order 0 would put a sequential project last).
    sequence: { groupOrder: order },
    // One real Neo4j, started once for the tiers that need it (test/support/global-setup.ts).
    globalSetup: database ? ['test/support/global-setup.ts'] : [],
  },
});

export default defineConfig({
  resolve,
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      tier('unit', 1, ['test/unit/**/*.test.ts'], false),
      tier('integration', 2, ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'], true),
      tier('slow', 3, ['test/slow/**/*.test.ts'], true),
    ],
  },
});

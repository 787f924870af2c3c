/**
 * The ceiling's per-scenario handlers: `(read, input) => data`, where data is exactly the `data` our
 * GraphQL service returns for the scenario's operation in bench/scenarios.ts (same field names,
 * nesting, order and numbers). Each runs hand-written Cypher (bench/ceiling/queries.ts; for
 * resistance paths our own best-first search and its queries, db/path.repo.ts), each query an
 * auto-commit read (bench/ceiling/server.ts), and the same pure domain/ functions ours uses. Where ours answers with an error (an unknown drug,
 * a gene outside the cohort panel), the handler returns the `data` ours returns with it.
 *
 * The operations' fixed arguments (page sizes, depth, limits, hops) are the constants below.
 */
import type { ScenarioName } from '../scenarios.js';
import { combinationTherapies, resistancePaths, survival } from './analyses.js';
import { type Handler } from './common.js';
import { geneByAlias, nestedTargets, neighborhood, search } from './lookups.js';

export { BadInput, type Handler } from './common.js';

export const HANDLERS: Record<ScenarioName, Handler> = {
  geneByAlias,
  nestedTargets,
  search,
  neighborhood,
  resistancePaths,
  combinationTherapies,
  survival,
};

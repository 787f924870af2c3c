/**
 * What the ceiling's handlers share: the handler type, the error for bad input, the fixed arguments
 * of the operations in bench/scenarios.ts.
 */
import type { Reader } from '../../db/path.repo.js';
import type { ScenarioInput } from '../scenarios.js';

export type Row = Record<string, unknown>;
/** Answers one input; `read` runs one query as an auto-commit transaction (bench/ceiling/server.ts). */
export type Handler = (read: Reader, input: ScenarioInput) => Promise<unknown>;

/** The input does not name what the scenario needs (HTTP 400). */
export class BadInput extends Error {}

// The fixed arguments of the operations in bench/scenarios.ts.
export const TARGETS_FIRST = 10;
export const EVIDENCE_FIRST = 3;
export const SEARCH_FIRST = 10;
export const SEARCH_MAX_QUERY = 200; // resolvers/search.resolver.ts
export const NEIGHBORHOOD_LIMIT = 150;
export const PATH_MAX_HOPS = 4;
export const PATHS_FIRST = 10;
export const COMBINATIONS_FIRST = 10;
/** Best resistance paths inferred combination partners are drawn from (resolvers/combination-therapy.resolver.ts). */
export const RATIONALE_PATHS = 100;

export function text(input: ScenarioInput, field: 'text' | 'id' | 'cohort'): string {
  const value = input[field];
  if (typeof value !== 'string') throw new BadInput(`${field}: a string is required`);
  return value;
}

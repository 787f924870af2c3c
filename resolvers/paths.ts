/**
 * Helpers shared by the resolvers that answer with paths (path.resolver.ts for resistancePaths and
 * paths, combination-therapy.resolver.ts for a candidate's rationale), so that no resolver imports
 * another.
 */
import { badInput } from '../domain/errors.js';
import type { ScoredPath } from '../domain/paths.js';
import type { Path } from '../schema/path.type.js';
import type { Context } from './context.js';

export function toPathObject(p: ScoredPath, truncated: boolean, cursor: string | null = null): Path {
  return { nodeIds: p.nodes, edges: p.edges, sign: p.sign, score: p.score, hops: p.hops, truncated, cursor };
}

/** The `after` argument of the ranked lists (resistancePaths, paths, combinationTherapies). */
export const AFTER_DESCRIPTION =
  'Read the items ranked after this one: the `cursor` of an item of this same list (same arguments, `first` aside). A cursor of another list, or one read before the graph changed, is BAD_USER_INPUT.';

export function checkFirstAndBelief(ctx: Context, first: number, minBelief: number): void {
  if (!Number.isInteger(first) || first < 0 || first > ctx.maxPageSize)
    throw badInput('first', `must be from 0 to ${ctx.maxPageSize}`);
  if (!(minBelief >= 0 && minBelief <= 1)) throw badInput('minBelief', 'must be from 0 to 1');
}

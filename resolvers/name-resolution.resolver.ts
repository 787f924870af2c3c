import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { matchesByNameKeys } from '../db/name-resolution.repo.js';
import { badInput } from '../domain/errors.js';
import { distinctKeys, resolveNames } from '../domain/name-resolution.js';
import { atMost, nameLengthProblem } from '../domain/validation.js';
import { NodeKind } from '../schema/enums.js';
import { NameResolution } from '../schema/name-resolution.type.js';
import type { Node } from '../schema/node.interface.js';
import type { Context } from './context.js';

/** Most names one `resolve` takes. */
export const MAX_NAMES = 1000;
/** Most matches returned for one name. */
const MAX_MATCHES = 10;

@Resolver(() => NameResolution)
export class NameResolutionResolver {
  @Query(() => [NameResolution], {
    description: `Many names at once (a gene list): for each name, in the order given, every entity it names exactly by id, symbol, name, cross-reference id, alias, previous symbol or synonym (as search's EXACT hits), and how. At most ${MAX_NAMES} names, one database round trip.`,
  })
  async resolve(
    @Ctx() ctx: Context,
    @Arg('names', () => [String], { description: `The names (at most ${MAX_NAMES}, each ${atMost('lookupName')}).` })
    names: string[],
    @Arg('kinds', () => [NodeKind], { nullable: true, description: 'Only entities of these kinds.' })
    kinds?: string[] | null,
  ): Promise<NameResolution[]> {
    if (names.length > MAX_NAMES) throw badInput('names', `at most ${MAX_NAMES} names (got ${names.length})`);
    names.forEach((name, i) => {
      const problem = nameLengthProblem(`names[${i}]`, name, 'lookupName');
      if (problem) throw badInput(problem.field, problem.message);
    });
    const keys = distinctKeys(names);
    const found = keys.length
      ? await matchesByNameKeys(
          ctx.db,
          { keys, kinds: kinds && kinds.length > 0 ? kinds : null, perName: MAX_MATCHES },
          { counter: ctx.counter },
        )
      : [];
    const byKey = new Map(keys.map((key, i) => [key, found[i]!]));
    return resolveNames(names, byKey).map((r) => ({
      ...r,
      matches: r.matches.map((m) => ({ ...m, node: m.node as Node })),
    }));
  }
}

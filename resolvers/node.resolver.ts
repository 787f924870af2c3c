import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { graphStats } from '../db/stats.repo.js';
import { badInput } from '../domain/errors.js';
import { atMost, lengthProblem } from '../domain/validation.js';
import { Node } from '../schema/node.interface.js';
import { Stats } from '../schema/stats.type.js';
import type { Context } from './context.js';

/** Most ids one `nodes` takes. */
export const MAX_IDS = 1000;

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any node by its id: an entity or publication (CURIE), or a statement, evidence, cohort, patient or sample. Null when unknown.',
  })
  node(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'CURIE, e.g. HGNC:1527 or PMID:40715090.' }) id: string,
  ) {
    return ctx.loaders.anyNode.load(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Nodes (as node(id)) by their ids, in the order given, null for each unknown id. At most ${MAX_IDS} ids, one database round trip.`,
  })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: `CURIEs (at most ${MAX_IDS}, each ${atMost('id')}).` }) ids: string[],
  ) {
    if (ids.length > MAX_IDS) throw badInput('ids', `at most ${MAX_IDS} ids (got ${ids.length})`);
    ids.forEach((id, i) => {
      const problem = lengthProblem(`ids[${i}]`, id, 'id');
      if (problem) throw badInput(problem.field, problem.message);
    });
    return Promise.all(ids.map((id) => ctx.loaders.anyNode.load(id.trim())));
  }

  @Query(() => Stats, {
    description: 'Counts of nodes, relationships, statements and evidence, and entities per kind.',
  })
  stats(@Ctx() ctx: Context) {
    return graphStats(ctx.db, { counter: ctx.counter });
  }
}

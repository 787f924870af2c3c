import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { graphStats } from '../db/stats.repo.js';
import { Node } from '../schema/node.interface.js';
import { Stats } from '../schema/stats.type.js';
import type { Context } from './context.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity or publication by its CURIE id. Null when unknown.' })
  node(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'CURIE, e.g. HGNC:1527 or PMID:40715090.' }) id: string,
  ) {
    return ctx.loaders.node.load(id);
  }

  @Query(() => Stats, {
    description: 'Counts of nodes, relationships, statements and evidence, and entities per kind.',
  })
  stats(@Ctx() ctx: Context) {
    return graphStats(ctx.db, { counter: ctx.counter });
  }
}

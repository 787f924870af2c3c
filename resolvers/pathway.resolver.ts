import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import { GeneConnection } from '../schema/edges.type.js';
import { PageArgs } from '../schema/page.args.js';
import { Pathway } from '../schema/pathway.type.js';
import { edgePage, lookup } from './args.js';
import type { Context } from './context.js';

@Resolver(() => Pathway)
export class PathwayResolver {
  @Query(() => Pathway, {
    nullable: true,
    description: 'A pathway by id (REACT:R-HSA-165159, KEGG.PATHWAY:hsa04150). Null when unknown.',
  })
  pathway(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'CURIE.' }) id: string) {
    return lookup(ctx, 'PATHWAY', id, null, 'id');
  }

  @FieldResolver(() => GeneConnection, { description: 'Member genes.' })
  genes(@Root() p: Pathway, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs, @Info() info: GraphQLResolveInfo) {
    return edgePage(ctx, 'participatesIn', p.id, a, info);
  }
}

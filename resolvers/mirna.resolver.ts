import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import { RegulationConnection, StatementConnection } from '../schema/edges.type.js';
import { MiRNA } from '../schema/mirna.type.js';
import { FilteredPageArgs } from '../schema/filter.args.js';
import { edgePage, lookup, statementsPage } from './args.js';
import type { Context } from './context.js';

@Resolver(() => MiRNA)
export class MiRNAResolver {
  @Query(() => MiRNA, {
    nullable: true,
    description:
      'A mature miRNA by id (MIRBASE:MIMAT0000252) or by name or alias (miR-7 → hsa-miR-7-5p). Null when unknown.',
  })
  mirna(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'CURIE, e.g. MIRBASE:MIMAT0000252.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Name or alias.' }) name?: string,
  ) {
    return lookup(ctx, 'MIRNA', id, name, 'name');
  }

  @FieldResolver(() => RegulationConnection, {
    description: 'What this miRNA regulates (usually sign -1: repression), highest belief first.',
  })
  targets(
    @Root() m: MiRNA,
    @Ctx() ctx: Context,
    @Args(() => FilteredPageArgs) a: FilteredPageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return edgePage(ctx, 'regulatesOut', m.id, a, info);
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Every statement with this miRNA as subject or object, highest belief first.',
  })
  statements(@Root() x: MiRNA, @Ctx() ctx: Context, @Args(() => FilteredPageArgs) a: FilteredPageArgs) {
    return statementsPage(ctx, x.id, a);
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Disease } from '../schema/disease.type.js';
import { StatementConnection } from '../schema/edges.type.js';
import { FilteredPageArgs } from '../schema/filter.args.js';
import { lookup, statementsPage } from './args.js';
import type { Context } from './context.js';

@Resolver(() => Disease)
export class DiseaseResolver {
  @Query(() => Disease, {
    nullable: true,
    description:
      'A disease by id (MONDO:0007256, or a cross-reference such as DOID:684) or by name or alias (HCC). Null when unknown.',
  })
  disease(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'CURIE.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Name or alias.' }) name?: string,
  ) {
    return lookup(ctx, 'DISEASE', id, name, 'name');
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Every statement with this disease as subject or object, highest belief first.',
  })
  statements(@Root() x: Disease, @Ctx() ctx: Context, @Args(() => FilteredPageArgs) a: FilteredPageArgs) {
    return statementsPage(ctx, x.id, a);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import { firstItems } from '../domain/paging.js';
import { Drug } from '../schema/drug.type.js';
import { DrugClass } from '../schema/drug-class.type.js';
import { StatementConnection, TargetConnection } from '../schema/edges.type.js';
import { FilteredPageArgs } from '../schema/filter.args.js';
import { edgePage, lookup, statementsPage } from './args.js';
import type { Context } from './context.js';

/** Drug classes per drug are few; one page of this size holds them all. */
const MAX_CLASSES = 50;

@Resolver(() => Drug)
export class DrugResolver {
  @Query(() => Drug, {
    nullable: true,
    description:
      'A drug or agent by id or by name, synonym, brand name or code, case-insensitive (BGB324 → bemcentinib, Nexavar → sorafenib). Null when unknown.',
  })
  drug(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'CURIE, e.g. CHEMBL.COMPOUND:CHEMBL1336.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Name or any synonym.' }) name?: string,
  ) {
    return lookup(ctx, 'DRUG', id, name, 'name');
  }

  @FieldResolver(() => TargetConnection, {
    description: 'Genes this agent targets, with interaction type, sign and belief; highest belief first.',
  })
  targets(
    @Root() d: Drug,
    @Ctx() ctx: Context,
    @Args(() => FilteredPageArgs) a: FilteredPageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return edgePage(ctx, 'targetsOut', d.id, a, info);
  }

  @FieldResolver(() => [DrugClass], { description: 'Drug classes this drug belongs to.' })
  async classes(@Root() d: Drug, @Ctx() ctx: Context) {
    const page = await ctx.loaders.memberOut.load({ id: d.id, window: firstItems(MAX_CLASSES) });
    return page.edges.map((e) => e.node).filter((n) => n.kind === 'DRUG_CLASS');
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Every statement with this drug as subject or object, highest belief first.',
  })
  statements(@Root() x: Drug, @Ctx() ctx: Context, @Args(() => FilteredPageArgs) a: FilteredPageArgs) {
    return statementsPage(ctx, x.id, a);
  }
}

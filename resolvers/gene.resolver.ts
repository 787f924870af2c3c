import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import {
  PathwayConnection,
  RegulationConnection,
  StatementConnection,
  TargetConnection,
  VariantConnection,
} from '../schema/edges.type.js';
import { CohortAlterationFrequency } from '../schema/alteration.type.js';
import { Gene } from '../schema/gene.type.js';
import { FilteredPageArgs } from '../schema/filter.args.js';
import { PageArgs } from '../schema/page.args.js';
import { edgePage, lookup, statementsPage } from './args.js';
import type { Context } from './context.js';
import { GENE_EDGES } from './prefetch.js';

@Resolver(() => Gene)
export class GeneResolver {
  @Query(() => Gene, {
    nullable: true,
    description:
      'A gene by id (HGNC:1527) or by symbol, alias or previous symbol, case-insensitive (p21 → CDKN1A, P70S6K → RPS6KB1). Null when unknown.',
  })
  gene(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'CURIE, e.g. HGNC:1527.' }) id?: string,
    @Arg('symbol', () => String, { nullable: true, description: 'HGNC symbol or any alias.' }) symbol?: string,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return lookup(ctx, 'GENE', id, symbol, 'symbol', info);
  }

  @FieldResolver(() => TargetConnection, {
    description: 'Drugs and agents that target this gene, highest belief first.',
  })
  targetedBy(
    @Root() g: Gene,
    @Ctx() ctx: Context,
    @Args(() => FilteredPageArgs) a: FilteredPageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return edgePage(ctx, GENE_EDGES.targetedBy, g.id, a, info);
  }

  @FieldResolver(() => RegulationConnection, { description: 'Genes, miRNAs and agents that regulate this gene.' })
  regulators(
    @Root() g: Gene,
    @Ctx() ctx: Context,
    @Args(() => FilteredPageArgs) a: FilteredPageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return edgePage(ctx, GENE_EDGES.regulators, g.id, a, info);
  }

  @FieldResolver(() => RegulationConnection, { description: 'Genes and processes this gene regulates.' })
  regulates(
    @Root() g: Gene,
    @Ctx() ctx: Context,
    @Args(() => FilteredPageArgs) a: FilteredPageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return edgePage(ctx, GENE_EDGES.regulates, g.id, a, info);
  }

  @FieldResolver(() => PathwayConnection, { description: 'Pathways this gene participates in.' })
  pathways(@Root() g: Gene, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs, @Info() info: GraphQLResolveInfo) {
    return edgePage(ctx, GENE_EDGES.pathways, g.id, a, info);
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Every statement with this gene as subject or object, highest belief first.',
  })
  statements(@Root() g: Gene, @Ctx() ctx: Context, @Args(() => FilteredPageArgs) a: FilteredPageArgs) {
    return statementsPage(ctx, g.id, a);
  }

  @FieldResolver(() => VariantConnection, {
    description: "Variants of this gene (VARIANT_OF). Their statements are their own, never the gene's.",
  })
  variants(@Root() g: Gene, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs, @Info() info: GraphQLResolveInfo) {
    return edgePage(ctx, GENE_EDGES.variants, g.id, a, info);
  }

  @FieldResolver(() => [CohortAlterationFrequency], {
    description:
      'The cohorts whose samples carry a variant of this gene (mutations from their MAFs), with altered / profiled samples.',
  })
  alterationFrequency(@Root() g: Gene, @Ctx() ctx: Context) {
    return ctx.loaders.geneAlterationFrequency.load(g.id);
  }
}

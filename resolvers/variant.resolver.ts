import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../domain/errors.js';
import { CohortAlterationFrequency } from '../schema/alteration.type.js';
import { StatementConnection } from '../schema/edges.type.js';
import { Gene } from '../schema/gene.type.js';
import { PageArgs } from '../schema/page.args.js';
import { Variant } from '../schema/variant.type.js';
import { lookup, statementsPage } from './args.js';
import type { Context } from './context.js';
import { requireVariant } from './variants.js';

@Resolver(() => Variant)
export class VariantResolver {
  @Query(() => Variant, {
    nullable: true,
    description:
      'A variant by id, or by any name people use: "EGFR T790M", "EGFR p.T790M", "EGFR p.Thr790Met", a gene alias with the change, or a bare change ("T790M") when only one gene has a variant there (several: BAD_USER_INPUT listing them; `search` returns every candidate). Null when unknown.',
  })
  async variant(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'CURIE, e.g. RESISTKG:var-EGFR-p.Thr790Met.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Gene and protein change in any notation, or a name.' })
    name?: string,
  ) {
    if (id != null || name == null) return lookup(ctx, 'VARIANT', id, name, 'name');
    if (!name.trim()) throw badInput('name', 'must not be empty');
    try {
      return await requireVariant(ctx, name, 'name');
    } catch (e) {
      if ((e as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
      throw e;
    }
  }

  @FieldResolver(() => Gene, { description: 'The gene this is a variant of.' })
  gene(@Root() v: Variant, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(v.geneId);
  }

  @FieldResolver(() => StatementConnection, {
    description:
      'Every statement with this variant as subject or object (its resistance, sensitivity and VARIANT_OF statements), highest belief first.',
  })
  statements(@Root() v: Variant, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs) {
    return statementsPage(ctx, v.id, a);
  }

  @FieldResolver(() => [CohortAlterationFrequency], {
    description:
      'The cohorts whose samples carry this variant (mutations from their MAFs), with altered / profiled samples.',
  })
  alterationFrequency(@Root() v: Variant, @Ctx() ctx: Context) {
    return ctx.loaders.variantAlterationFrequency.load(v.id);
  }
}

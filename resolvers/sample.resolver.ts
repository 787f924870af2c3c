import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { badInput } from '../domain/errors.js';
import { listRef, sortedWindow, toConnection } from '../domain/paging.js';
import { recordName } from '../domain/record-names.js';
import { SampleAlterationConnection } from '../schema/alteration.type.js';
import { AttributeValue } from '../schema/clinical.type.js';
import { ExpressionValue, Sample } from '../schema/cohort.type.js';
import { NodeKind } from '../schema/enums.js';
import { PageArgs } from '../schema/page.args.js';
import { windowOf } from './args.js';
import { toValue } from './cohorts.js';
import type { Context } from './context.js';

@Resolver(() => Sample)
export class SampleResolver {
  @FieldResolver(() => String, { description: 'The sample id.' })
  name(@Root() s: Sample): string {
    return recordName(s);
  }

  @FieldResolver(() => NodeKind, { description: 'SAMPLE.' })
  kind(): string {
    return 'SAMPLE';
  }

  @FieldResolver(() => [ExpressionValue], { description: 'Expression of the given genes (null where not measured).' })
  async expression(
    @Root() s: Sample,
    @Ctx() ctx: Context,
    @Arg('genes', () => [ID], { description: 'Gene ids (at most 500).' }) genes: string[],
  ) {
    if (genes.length > 500) throw badInput('genes', 'at most 500 genes');
    return ctx.loaders.sampleExpression.load({ id: s.id, genes });
  }

  @FieldResolver(() => SampleAlterationConnection, {
    description:
      'The variants the sample carries (mutations from its study’s MAF) with their allele fractions, by variant id.',
  })
  async alterations(@Root() s: Sample, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs) {
    const ref = listRef('Sample.alterations', s.id, 'id');
    const window = windowOf(ctx, a, ref);
    const vaf = new Map((await ctx.loaders.sampleAlterations.load(s.id)).map((x) => [x.variantId, x.vaf] as const));
    const ids = [...vaf.keys()].sort();
    const wanted = sortedWindow(ids, window);
    const nodes = await Promise.all(wanted.map((id) => ctx.loaders.node.load(id)));
    const edges = wanted.map((id, k) => ({ id, node: nodes[k]!, vaf: vaf.get(id) ?? null }));
    return toConnection(edges, ids.length, window, ref, (e) => [e.id]);
  }

  @FieldResolver(() => [AttributeValue], {
    description: 'The sample’s values of every sample-level attribute its cohort declares (missing ones as null).',
  })
  async attributes(@Root() s: Sample, @Ctx() ctx: Context) {
    return (await ctx.loaders.sampleValues.load(s.id)).map(toValue);
  }

  @FieldResolver(() => AttributeValue, {
    nullable: true,
    description: 'The sample’s value of one attribute; null when the cohort declares no such sample attribute.',
  })
  async attribute(
    @Root() s: Sample,
    @Ctx() ctx: Context,
    @Arg('id', () => String, { description: 'Attribute id, e.g. SAMPLE_TYPE.' }) id: string,
  ) {
    const found = (await ctx.loaders.sampleValues.load(s.id)).find((v) => v.attribute.id === id);
    return found ? toValue(found) : null;
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { firstItems } from '../domain/paging.js';
import { Combination } from '../schema/combination.type.js';
import { Drug } from '../schema/drug.type.js';
import { DrugClass } from '../schema/drug-class.type.js';
import { Gene } from '../schema/gene.type.js';
import { GeneFamily } from '../schema/gene-family.type.js';
import { StatementConnection } from '../schema/edges.type.js';
import { Node } from '../schema/node.interface.js';
import { FilteredPageArgs } from '../schema/filter.args.js';
import { statementsPage } from './args.js';
import type { Context } from './context.js';

/** Classes and families are small and curated; their members come in one list of at most this many. */
const MAX_MEMBERS = 500;

/** The first MAX_MEMBERS members of a class or family (one loader key, shared with membersTruncated). */
const membersOf = (ctx: Context, id: string) => ctx.loaders.memberIn.load({ id, window: firstItems(MAX_MEMBERS) });

@Resolver(() => DrugClass)
export class DrugClassResolver {
  @FieldResolver(() => [Drug], { description: `Member drugs (at most ${MAX_MEMBERS}; see membersTruncated).` })
  async members(@Root() c: DrugClass, @Ctx() ctx: Context) {
    return (await membersOf(ctx, c.id)).edges.map((e) => e.node);
  }

  @FieldResolver(() => Boolean, { description: `True when the class has more than ${MAX_MEMBERS} members.` })
  async membersTruncated(@Root() c: DrugClass, @Ctx() ctx: Context) {
    return (await membersOf(ctx, c.id)).pageInfo.hasNextPage;
  }
}

@Resolver(() => GeneFamily)
export class GeneFamilyResolver {
  @FieldResolver(() => [Gene], { description: `Member genes (at most ${MAX_MEMBERS}; see membersTruncated).` })
  async members(@Root() f: GeneFamily, @Ctx() ctx: Context) {
    return (await membersOf(ctx, f.id)).edges.map((e) => e.node);
  }

  @FieldResolver(() => Boolean, { description: `True when the family has more than ${MAX_MEMBERS} members.` })
  async membersTruncated(@Root() f: GeneFamily, @Ctx() ctx: Context) {
    return (await membersOf(ctx, f.id)).pageInfo.hasNextPage;
  }
}

@Resolver(() => Combination)
export class CombinationResolver {
  @FieldResolver(() => [Node], { description: 'The agents (or drug classes) combined, base drug first.' })
  async components(@Root() c: Combination & { components: string[] }, @Ctx() ctx: Context) {
    const nodes = await ctx.loaders.node.loadMany(c.components ?? []);
    return nodes.filter((n) => n && !(n instanceof Error));
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Every statement with this combination as subject or object, highest belief first.',
  })
  statements(@Root() x: Combination, @Ctx() ctx: Context, @Args(() => FilteredPageArgs) a: FilteredPageArgs) {
    return statementsPage(ctx, x.id, a);
  }
}

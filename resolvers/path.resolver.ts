import { Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { bestResistancePaths, databaseReader, pathsBetween } from '../db/path.repo.js';
import { badInput } from '../domain/errors.js';
import { rankPaths } from '../domain/paths.js';
import { hopsProblem } from '../domain/validation.js';
import { EvidenceConnection } from '../schema/edges.type.js';
import { Node } from '../schema/node.interface.js';
import { PageArgs } from '../schema/page.args.js';
import { Path, PathEdge } from '../schema/path.type.js';
import { Statement } from '../schema/statement.type.js';
import { evidenceListRef } from '../loaders/statement.loader.js';
import { requireEntity, windowOf } from './args.js';
import { allInOrder } from '../domain/settle.js';
import type { Context } from './context.js';
import { AFTER_DESCRIPTION, checkFirstAndBelief, toPathObject } from './paths.js';
import { rankPage, rankWindow, rankedListRef } from '../domain/rank-cursor.js';
import { PATH_CAP } from '../domain/paths.js';
import { Variant } from '../schema/variant.type.js';
import { ALTERATIONS_DESCRIPTION, requireAlterations } from './variants.js';

function checkHops(maxHops: number): void {
  const problem = hopsProblem(maxHops);
  if (problem) throw badInput(problem.field, problem.message);
}

@ArgsType()
export class ResistanceArgs {
  @Field(() => ID, {
    description: 'The drug: id (CHEMBL.COMPOUND:CHEMBL1336) or any name or synonym (sorafenib, Nexavar).',
  })
  drug!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The disease (MONDO:0007256, HCC); paths valid in it or in no particular disease. Default: any disease.',
  })
  disease?: string | null;

  @Field(() => Int, {
    defaultValue: 4,
    description: 'Longest path in edges, including the final resistance edge (1 to 6).',
  })
  maxHops!: number;

  @Field(() => Float, { defaultValue: 0, description: 'Ignore edges whose belief is below this (0 to 1).' })
  minBelief!: number;

  @Field(() => Int, { defaultValue: 10, description: 'How many paths, best first (at most MAX_PAGE_SIZE).' })
  first!: number;

  @Field(() => [ID], { nullable: true, description: ALTERATIONS_DESCRIPTION })
  alterations?: string[] | null;
}

/** resistancePaths pages; the subscription resistancePathsChanged pushes the first page only. */
@ArgsType()
class ResistancePageArgs extends ResistanceArgs {
  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;
}

@ArgsType()
class PathsArgs {
  @Field(() => ID, { description: 'Start: an id or any name.' })
  from!: string;

  @Field(() => ID, { description: 'End: an id or any name.' })
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: 'Longest path in edges (1 to 6).' })
  maxHops!: number;

  @Field(() => Int, { defaultValue: 10, description: 'How many paths, best first.' })
  first!: number;

  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;

  @Field(() => [ID], { nullable: true, description: ALTERATIONS_DESCRIPTION })
  alterations?: string[] | null;
}

@Resolver(() => Path)
export class PathResolver {
  @Query(() => [Path], {
    description:
      'Why a drug meets resistance: signed paths of regulation and targeting that end in a CONFERS_RESISTANCE_TO statement about the drug or a class it belongs to, best first. Sign +1: the first node promotes resistance; -1: it counteracts it; 0: an edge on the path has unknown direction.',
  })
  async resistancePaths(@Ctx() ctx: Context, @Args(() => ResistancePageArgs) a: ResistancePageArgs): Promise<Path[]> {
    checkFirstAndBelief(ctx, a.first, a.minBelief);
    checkHops(a.maxHops);
    const [drug, disease, alterations, version] = await allInOrder([
      requireEntity(ctx, 'DRUG', a.drug, 'drug'),
      a.disease ? requireEntity(ctx, 'DISEASE', a.disease, 'disease') : Promise.resolve(null),
      requireAlterations(ctx, a.alterations),
      ctx.db.graphVersion(),
    ]);
    const q = { alterations, drug: drug.id, disease: disease?.id ?? null, maxHops: a.maxHops, minBelief: a.minBelief };
    const ref = rankedListRef('resistancePaths', q);
    const w = rankWindow(ref, version, a.first, a.after);
    // One more than the page, to know whether a path follows. The search is exact: nothing better was left out.
    const paths = await bestResistancePaths(databaseReader(ctx.db, { counter: ctx.counter }), {
      ...q,
      first: w.offset + w.first + 1,
    });
    return rankPage(paths, w, ref, version).map(({ item, cursor }) => toPathObject(item, false, cursor));
  }

  @Query(() => [Path], {
    description: 'Directed, signed simple paths between two entities over every statement predicate, best first.',
  })
  async paths(@Ctx() ctx: Context, @Args(() => PathsArgs) a: PathsArgs): Promise<Path[]> {
    checkFirstAndBelief(ctx, a.first, 0);
    checkHops(a.maxHops);
    const [from, to, alterations, version] = await allInOrder([
      requireEntity(ctx, null, a.from, 'from'),
      requireEntity(ctx, null, a.to, 'to'),
      requireAlterations(ctx, a.alterations),
      ctx.db.graphVersion(),
    ]);
    const q = { from: from.id, to: to.id, maxHops: a.maxHops, alterations };
    const ref = rankedListRef('paths', q);
    const w = rankWindow(ref, version, a.first, a.after);
    const raw = await pathsBetween(ctx.db, { ...q, minBelief: 0, cap: PATH_CAP }, { counter: ctx.counter });
    const ranked = rankPaths(raw.paths, w.offset + w.first + 1);
    return rankPage(ranked, w, ref, version).map(({ item, cursor }) => toPathObject(item, raw.truncated, cursor));
  }

  @FieldResolver(() => [Node], { description: 'Nodes in order, from the first to the last.' })
  async nodes(@Root() p: Path, @Ctx() ctx: Context) {
    return ctx.loaders.node.loadMany(p.nodeIds);
  }

  @FieldResolver(() => [Variant], {
    description:
      "The variants on the path (a path starts at one, never passes through one): the path is variant-level and holds only in tumours that carry them. Empty for a gene-level path. Without `alterations` it is conditional on them; with `alterations` they are among the tumour's.",
  })
  async variants(@Root() p: Path, @Ctx() ctx: Context) {
    const nodes = await ctx.loaders.node.loadMany(p.nodeIds);
    return nodes.filter((n) => n && !(n instanceof Error) && n.kind === 'VARIANT');
  }
}

@Resolver(() => PathEdge)
export class PathEdgeResolver {
  @FieldResolver(() => Statement, { description: 'The statement this edge projects.' })
  statement(@Root() e: PathEdge, @Ctx() ctx: Context) {
    return ctx.loaders.statement.load(e.statementId);
  }

  @FieldResolver(() => EvidenceConnection, { description: 'Accepted evidence of the statement.' })
  evidence(@Root() e: PathEdge, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs) {
    return ctx.loaders.statementEvidence.load({
      id: e.statementId,
      status: 'ACCEPTED',
      window: windowOf(ctx, a, evidenceListRef(e.statementId)),
    });
  }
}

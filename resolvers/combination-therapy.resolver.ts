import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { agentsTargeting, defeatedPartners, evidenceBackedCombinations } from '../db/combination.repo.js';
import { bestResistancePaths, databaseReader } from '../db/path.repo.js';
import { MAX_PARTNER_TARGETS, rankCandidates } from '../domain/combinations.js';
import { firstItems } from '../domain/paging.js';
import { recordName } from '../domain/record-names.js';
import { CandidateBasis, CombinationCandidate } from '../schema/combination-candidate.type.js';
import type { Combination } from '../schema/combination.type.js';
import { Node } from '../schema/node.interface.js';
import { AFTER_DESCRIPTION, checkFirstAndBelief, toPathObject } from './paths.js';
import { rankPage, rankWindow, rankedListRef } from '../domain/rank-cursor.js';
import { requireEntity } from './args.js';
import { allInOrder } from '../domain/settle.js';
import { ALTERATIONS_DESCRIPTION, requireAlterations } from './variants.js';
import { Variant } from '../schema/variant.type.js';
import type { Context } from './context.js';

/** Hop limit of the resistance paths that inferred candidates must oppose. */
const RATIONALE_HOPS = 4;
/** How many of the drug's best resistance paths inferred candidates are drawn from. */
const RATIONALE_PATHS = 100;

@ArgsType()
export class CombinationArgs {
  @Field(() => ID, { description: 'The drug: id or any name or synonym.' })
  drug!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The disease: evidence and paths valid in it or in no particular disease. Default: any.',
  })
  disease?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Also propose partners inferred from resistance paths (basis INFERRED).',
  })
  includeInferred!: boolean;

  @Field(() => Int, { defaultValue: 10, description: 'How many candidates, best first.' })
  first!: number;

  @Field(() => [ID], { nullable: true, description: ALTERATIONS_DESCRIPTION })
  alterations?: string[] | null;
}

/** combinationTherapies pages; the subscription combinationTherapiesChanged pushes the first page only. */
@ArgsType()
class CombinationPageArgs extends CombinationArgs {
  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;
}

@Resolver(() => CombinationCandidate)
export class CombinationTherapyResolver {
  @Query(() => [CombinationCandidate], {
    description:
      'What to combine with a drug: evidence-backed partners (curated combinations with accepted evidence) and, unless includeInferred is false, partners inferred from its resistance paths; each with score, evidence and the paths that explain it.',
  })
  async combinationTherapies(
    @Ctx() ctx: Context,
    @Args(() => CombinationPageArgs) a: CombinationPageArgs,
  ): Promise<CombinationCandidate[]> {
    checkFirstAndBelief(ctx, a.first, 0);
    // The arguments and the graph version are independent reads: one round trip's wait, not four.
    const [drug, disease, alterations, version] = await allInOrder([
      requireEntity(ctx, 'DRUG', a.drug, 'drug'),
      a.disease ? requireEntity(ctx, 'DISEASE', a.disease, 'disease') : Promise.resolve(null),
      requireAlterations(ctx, a.alterations),
      ctx.db.graphVersion(),
    ]);
    const drugId = drug.id;
    const diseaseId = disease?.id ?? null;
    const ref = rankedListRef('combinationTherapies', {
      drug: drugId,
      disease: diseaseId,
      includeInferred: a.includeInferred,
      alterations,
    });
    const w = rankWindow(ref, version, a.first, a.after);
    const opts = { counter: ctx.counter };
    const [backed, paths] = await Promise.all([
      evidenceBackedCombinations(ctx.db, drugId, diseaseId, opts),
      bestResistancePaths(databaseReader(ctx.db, opts), {
        drug: drugId,
        disease: diseaseId,
        maxHops: RATIONALE_HOPS,
        minBelief: 0,
        first: RATIONALE_PATHS,
        alterations,
      }),
    ]);
    const starts = [...new Set(paths.filter((p) => p.sign === 1).map((p) => p.nodes[0]!))];
    const targeting = await agentsTargeting(ctx.db, drugId, starts, opts);
    const partners = [...new Set([...backed.map((b) => b.partner.id), ...targeting.map((t) => t.agent.id)])];
    const defeated = alterations
      ? await defeatedPartners(ctx.db, { partners, alterations, disease: diseaseId }, opts)
      : new Set<string>();
    const candidates = rankCandidates({
      alterations,
      defeated,
      drugId,
      backed,
      targeting,
      paths,
      includeInferred: a.includeInferred,
      first: w.offset + w.first + 1,
    });
    return rankPage(candidates, w, ref, version).map(({ item: c, cursor }) => ({
      ...c,
      cursor,
      // The COMBINATION entity the evidence is about, with its own properties.
      combination: c.combination as Combination | null,
      basis: c.basis as CandidateBasis,
      evidence: c.evidence.map((e) => ({ ...e, name: recordName(e), kind: 'EVIDENCE' })),
      rationale: c.rationale.map((p) => toPathObject(p, false)),
      requiredAlterationIds: c.requiredAlterations,
    }));
  }

  @FieldResolver(() => [Variant], {
    description:
      'The variants a tumour must carry for the combination evidence to hold (e.g. EGFR p.Thr790Met for osimertinib after a first-generation EGFR TKI); empty when it holds in any tumour.',
  })
  async requiredAlterations(@Root() c: CombinationCandidate, @Ctx() ctx: Context) {
    const nodes = await ctx.loaders.node.loadMany(c.requiredAlterationIds);
    return nodes.filter((n) => n && !(n instanceof Error));
  }

  @FieldResolver(() => [Node], { description: 'What the partner targets (at most 50).' })
  async partnerTargets(@Root() c: CombinationCandidate, @Ctx() ctx: Context) {
    const page = await ctx.loaders.targetsOut.load({ id: c.partner.id, window: firstItems(MAX_PARTNER_TARGETS) });
    return page.edges.map((e) => e.node);
  }
}

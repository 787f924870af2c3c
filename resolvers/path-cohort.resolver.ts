import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { badInput } from '../domain/errors.js';
import { Path } from '../schema/path.type.js';
import { SurvivalAnalysis } from '../schema/survival.type.js';
import { requireEndpoint, survivalByAlteration } from './cohorts.js';
import type { Context } from './context.js';

/** Where resistance paths meet the cohorts: how patients whose tumours alter a path fare. */
@Resolver(() => Path)
export class PathCohortResolver {
  @FieldResolver(() => SurvivalAnalysis, {
    description:
      'Survival in a cohort of patients whose profiled tumour samples alter any gene of this path (a variant on the path counts for its gene) against those altering none, as Cohort.survival with groupBy.alteration.genes.',
  })
  async cohortSurvival(
    @Root() p: Path,
    @Ctx() ctx: Context,
    @Arg('cohort', () => ID, { description: 'Cohort id.' }) cohort: string,
    @Arg('endpoint', () => String, { defaultValue: 'OS', description: 'A declared endpoint id (Cohort.endpoints).' })
    endpoint: string,
  ): Promise<SurvivalAnalysis> {
    const c = await ctx.loaders.cohort.load(cohort);
    if (!c) throw badInput('cohort', `no cohort ${cohort}`);
    const ep = requireEndpoint(c, endpoint);
    const nodes = await Promise.all(p.nodeIds.map((id) => ctx.loaders.node.load(id)));
    const genes = [
      ...new Set(nodes.flatMap((n) => (n?.kind === 'GENE' ? [n.id] : n?.kind === 'VARIANT' ? [String(n.geneId)] : []))),
    ].sort();
    if (!genes.length) throw badInput('cohortSurvival', 'the path has no gene or variant');
    return survivalByAlteration(ctx, cohort, ep, [], genes, []);
  }
}

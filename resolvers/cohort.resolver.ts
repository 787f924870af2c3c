import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import {
  cohortPanel,
  listCohorts,
  patientsPage,
  samplesPage,
  survivalRows,
  type PatientFilter as Filter,
} from '../db/cohort.repo.js';
import { analyseSurvival, compareExpression, type Endpoint as EndpointName } from '../domain/cohort-analysis.js';
import { badInput } from '../domain/errors.js';
import { listRef } from '../domain/paging.js';
import { connectionOf } from '../loaders/statement.loader.js';
import { recordName } from '../domain/record-names.js';
import {
  Cohort,
  ExpressionValue,
  Patient,
  PatientConnection,
  PatientFilter,
  Sample,
  SampleConnection,
} from '../schema/cohort.type.js';
import { NodeKind } from '../schema/enums.js';
import { PageArgs } from '../schema/page.args.js';
import {
  ClinicalAttribute,
  Endpoint,
  ExpressionComparison,
  SplitMethod,
  SurvivalAnalysis,
} from '../schema/survival.type.js';
import { requireEntity, windowOf } from './args.js';
import type { Context } from './context.js';

const idKeyOf = ({ node }: { node: { id: string } }) => [node.id];

const ATTRIBUTE: Record<string, string> = {
  RESPONDER: 'responder',
  HBV_STATUS: 'hbvStatus',
  SEX: 'sex',
  STAGE: 'stage',
  TREATMENT: 'treatment',
};

/** The gene (id or symbol) as measured in the cohort's panel; BAD_USER_INPUT when it is not. */
async function panelGene(ctx: Context, cohortId: string, gene: string): Promise<string> {
  const node = await requireEntity(ctx, 'GENE', gene, 'gene');
  const panel = await cohortPanel(ctx.db, cohortId, { counter: ctx.counter });
  if (!panel?.genes.includes(node.id)) {
    throw badInput(
      'gene',
      `${node.symbol ?? node.id} is not measured in cohort ${cohortId} (panel: ${panel?.symbols.slice(0, 30).join(', ')})`,
    );
  }
  return node.id;
}

@Resolver(() => Cohort)
export class CohortResolver {
  @FieldResolver(() => NodeKind, { description: 'COHORT.' })
  kind(): string {
    return 'COHORT';
  }

  @Query(() => [Cohort], { description: 'Every cohort the service holds, real ones first.' })
  cohorts(@Ctx() ctx: Context) {
    return listCohorts(ctx.db, { counter: ctx.counter });
  }

  @Query(() => Cohort, { nullable: true, description: 'A cohort by id. Null when unknown.' })
  cohort(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Cohort id.' }) id: string) {
    return ctx.loaders.cohort.load(id);
  }

  @FieldResolver(() => PatientConnection, {
    description: 'Patients, by id, optionally filtered by clinical attributes.',
  })
  async patients(
    @Root() c: Cohort,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) a: PageArgs,
    @Arg('filter', () => PatientFilter, { nullable: true, description: 'Clinical filter.' })
    filter?: PatientFilter | null,
  ) {
    const ref = listRef('Cohort.patients', c.id, 'id');
    const window = windowOf(ctx, a, ref);
    const page = await patientsPage(ctx.db, c.id, (filter ?? {}) as Filter, window, { counter: ctx.counter });
    return connectionOf(page, window, ref, idKeyOf);
  }

  @FieldResolver(() => SampleConnection, { description: 'Samples, by id.' })
  async samples(@Root() c: Cohort, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs) {
    const ref = listRef('Cohort.samples', c.id, 'id');
    const window = windowOf(ctx, a, ref);
    const page = await samplesPage(ctx.db, c.id, window, { counter: ctx.counter });
    return connectionOf(page, window, ref, idKeyOf);
  }

  @FieldResolver(() => SurvivalAnalysis, {
    description:
      'Survival by the tumour expression of a gene: Kaplan–Meier curves per group with at-risk tables and median survival, the log-rank test and a Cox fit (Efron ties), computed as R’s survival package does.',
  })
  async survival(
    @Root() c: Cohort,
    @Ctx() ctx: Context,
    @Arg('gene', () => ID, { description: 'Gene id or symbol (must be in the cohort panel).' }) gene: string,
    @Arg('split', () => SplitMethod, { defaultValue: SplitMethod.MEDIAN, description: 'How to group patients.' })
    split: SplitMethod,
    @Arg('threshold', () => Float, { nullable: true, description: 'Cut point for THRESHOLD.' })
    threshold: number | null,
    @Arg('filter', () => PatientFilter, { nullable: true, description: 'Only these patients.' })
    filter: PatientFilter | null,
    @Arg('endpoint', () => Endpoint, { defaultValue: Endpoint.OS, description: 'OS or RFS.' }) endpoint: Endpoint,
  ): Promise<SurvivalAnalysis> {
    if (split === SplitMethod.THRESHOLD && (threshold == null || !Number.isFinite(threshold)))
      throw badInput('threshold', 'required for THRESHOLD');
    const geneId = await panelGene(ctx, c.id, gene);
    const rows = await survivalRows(ctx.db, c.id, geneId, (filter ?? {}) as Filter, { counter: ctx.counter });
    const result = analyseSurvival(rows, split, threshold ?? undefined, endpoint as EndpointName);
    return { gene: geneId, endpoint, split, ...result };
  }

  @FieldResolver(() => ExpressionComparison, {
    description: 'Tumour expression of a gene compared between clinical groups with a rank test.',
  })
  async expressionComparison(
    @Root() c: Cohort,
    @Ctx() ctx: Context,
    @Arg('gene', () => ID, { description: 'Gene id or symbol.' }) gene: string,
    @Arg('groupBy', () => ClinicalAttribute, { description: 'Grouping attribute.' }) groupBy: ClinicalAttribute,
  ): Promise<ExpressionComparison> {
    const geneId = await panelGene(ctx, c.id, gene);
    const rows = await survivalRows(ctx.db, c.id, geneId, {}, { counter: ctx.counter });
    return { gene: geneId, groupBy, ...compareExpression(rows, ATTRIBUTE[groupBy]!) };
  }
}

@Resolver(() => Patient)
export class PatientResolver {
  @FieldResolver(() => String, { description: 'The patient id (patients have no names here).' })
  name(@Root() p: Patient): string {
    return recordName(p);
  }

  @FieldResolver(() => NodeKind, { description: 'PATIENT.' })
  kind(): string {
    return 'PATIENT';
  }

  @FieldResolver(() => [Sample], { description: 'The patient’s samples.' })
  async samples(@Root() p: Patient, @Ctx() ctx: Context) {
    return ctx.loaders.patientSamples.load(p.id);
  }

  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  cohort(@Root() p: Patient, @Ctx() ctx: Context) {
    return ctx.loaders.cohort.load(p.cohortId);
  }
}

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
}

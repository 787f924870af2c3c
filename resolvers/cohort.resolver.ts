import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { listCohorts, patientsByIds, patientsPage, samplesPage } from '../db/cohort.repo.js';
import { alteredGenesPage } from '../db/alteration.repo.js';
import { compareExpression, survivalByAttribute, survivalByExpression } from '../domain/cohort-analysis.js';
import { badInput } from '../domain/errors.js';
import { listRef, sortedWindow, toConnection } from '../domain/paging.js';
import { AlteredGeneConnection } from '../schema/alteration.type.js';
import { AttributeCondition, ClinicalAttribute } from '../schema/clinical.type.js';
import { connectionOf } from '../loaders/statement.loader.js';
import { Cohort, PatientConnection, SampleConnection } from '../schema/cohort.type.js';
import { NodeKind } from '../schema/enums.js';
import { PageArgs } from '../schema/page.args.js';
import { ExpressionComparison, SplitMethod, SurvivalAnalysis, SurvivalGrouping } from '../schema/survival.type.js';
import { requireEntity, windowOf } from './args.js';
import {
  asNumber,
  checked,
  panelExpression,
  prefetchSurvival,
  requireEndpoint,
  selectPatients,
  survivalByAlteration,
  survivalParts,
} from './cohorts.js';
import { requireVariant } from './variants.js';
import type { Context } from './context.js';

const idKeyOf = ({ node }: { node: { id: string } }) => [node.id];

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
  cohort(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Cohort id.' }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    prefetchSurvival(ctx, info);
    return ctx.loaders.cohort.load(id);
  }

  @FieldResolver(() => [ClinicalAttribute], { description: 'The clinical attributes the cohort declares, in order.' })
  attributes(@Root() c: Cohort, @Ctx() ctx: Context) {
    return ctx.loaders.cohortAttributes.load(c.id);
  }

  @FieldResolver(() => PatientConnection, {
    description: 'Patients, by id, optionally only those passing every condition of the filter.',
  })
  async patients(
    @Root() c: Cohort,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) a: PageArgs,
    @Arg('filter', () => [AttributeCondition], { nullable: true, description: 'Conditions on clinical attributes.' })
    filter?: AttributeCondition[] | null,
  ) {
    const ref = listRef('Cohort.patients', c.id, 'id');
    const window = windowOf(ctx, a, ref);
    const conditions = await checked(ctx, c.id, filter);
    if (!conditions.length)
      return connectionOf(await patientsPage(ctx.db, c.id, window, { counter: ctx.counter }), window, ref, idKeyOf);
    // Filtered: the matching ids from the columns, then one page of them by the same keyset.
    const { patients, rows } = await selectPatients(ctx, c.id, conditions, []);
    const ids = rows.map((r) => patients[r]!).sort();
    const wanted = sortedWindow(ids, window);
    const found = new Map(
      (await patientsByIds(ctx.db, wanted, { counter: ctx.counter })).map((p) => [p.id, p] as const),
    );
    return toConnection(
      wanted.map((id) => ({ node: found.get(id)! })),
      ids.length,
      window,
      ref,
      idKeyOf,
    );
  }

  @FieldResolver(() => SampleConnection, { description: 'Samples, by id.' })
  async samples(@Root() c: Cohort, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs) {
    const ref = listRef('Cohort.samples', c.id, 'id');
    const window = windowOf(ctx, a, ref);
    const page = await samplesPage(ctx.db, c.id, window, { counter: ctx.counter });
    return connectionOf(page, window, ref, idKeyOf);
  }

  @FieldResolver(() => AlteredGeneConnection, {
    description:
      'The genes altered in the cohort’s profiled samples (mutations from its MAF), most altered samples first, then by gene id.',
  })
  async alteredGenes(@Root() c: Cohort, @Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs) {
    const ref = listRef('Cohort.alteredGenes', c.id, 'statement');
    const window = windowOf(ctx, a, ref);
    const page = (await alteredGenesPage(ctx.db, c.id, window, { counter: ctx.counter })) ?? { items: [], total: 0 };
    const nodes = await Promise.all(page.items.map((g) => ctx.loaders.node.load(g.geneId)));
    const edges = page.items.map((g, k) => ({ ...g, node: nodes[k]! }));
    return toConnection(edges, page.total, window, ref, (e) => [e.alteredSamples, e.geneId]);
  }

  @FieldResolver(() => SurvivalAnalysis, {
    description:
      'Survival by a gene’s tumour expression or a clinical attribute’s values: Kaplan–Meier curves per group with 95% confidence limits, at-risk tables and median survival, the log-rank test and a Cox fit (Efron ties), computed as R’s survival package does.',
  })
  async survival(
    @Root() c: Cohort,
    @Ctx() ctx: Context,
    @Arg('groupBy', () => SurvivalGrouping, { description: 'What to group patients by (exactly one field).' })
    groupBy: SurvivalGrouping,
    @Arg('endpoint', () => String, { defaultValue: 'OS', description: 'A declared endpoint id (Cohort.endpoints).' })
    endpoint: string,
    @Arg('filter', () => [AttributeCondition], {
      nullable: true,
      description: 'Only patients passing every condition.',
    })
    filter: AttributeCondition[] | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SurvivalAnalysis> {
    const ep = requireEndpoint(c, endpoint);
    const parts = survivalParts(info);
    const { expression, attribute, alteration } = groupBy;
    if ([expression, attribute, alteration].filter((g) => g != null).length !== 1)
      throw badInput('groupBy', 'give exactly one of expression, attribute or alteration');
    if (alteration) {
      const { gene, variant, genes: list } = alteration;
      if ([gene, variant, list].filter((g) => g != null).length !== 1 || list?.length === 0)
        throw badInput('groupBy.alteration', 'give exactly one of gene, variant or genes (not empty)');
      const genes = await Promise.all(
        [...(gene ? [gene] : []), ...(list ?? [])].map(
          async (g) => (await requireEntity(ctx, 'GENE', g, 'groupBy.alteration.gene')).id,
        ),
      );
      const variants = variant ? [(await requireVariant(ctx, variant, 'groupBy.alteration.variant')).id] : [];
      return survivalByAlteration(ctx, c.id, ep, await checked(ctx, c.id, filter), genes, variants, parts);
    }
    if (expression) {
      if (
        expression.split === SplitMethod.THRESHOLD &&
        (expression.threshold == null || !Number.isFinite(expression.threshold))
      )
        throw badInput('threshold', 'required for THRESHOLD');
    }
    const extra = attribute ? [{ field: 'groupBy.attribute', attribute: attribute.attribute }] : [];
    const conditions = await checked(ctx, c.id, filter, extra);
    const read = [ep.timeAttribute, ep.eventAttribute, ...(attribute ? [attribute.attribute] : [])];
    // The columns do not depend on the gene: read them while the gene is checked; its vector needs them.
    const columns = selectPatients(ctx, c.id, conditions, read);
    const [sel, measured] = await Promise.all([
      columns,
      expression
        ? panelExpression(
            ctx,
            c.id,
            expression.gene,
            'gene',
            columns.then((s) => s.table),
          )
        : null,
    ]);
    const time = sel.valuesOf(ep.timeAttribute);
    const event = sel.valuesOf(ep.eventAttribute);
    if (expression && measured) {
      const value = measured.values;
      const result = survivalByExpression(
        sel.rows.map((r) => ({
          id: sel.patients[r]!,
          time: asNumber(time[r]!),
          event: asNumber(event[r]!),
          value: value[r]!,
        })),
        expression.split,
        expression.threshold ?? undefined,
        parts,
      );
      return { endpoint, gene: measured.geneId, split: expression.split, attribute: null, ...result };
    }
    const values = sel.valuesOf(attribute!.attribute);
    const result = survivalByAttribute(
      sel.rows.map((r) => ({
        id: sel.patients[r]!,
        time: asNumber(time[r]!),
        event: asNumber(event[r]!),
        value: values[r] ?? null,
      })),
      attribute!.values,
      parts,
    );
    return { endpoint, gene: null, split: null, attribute: attribute!.attribute, ...result };
  }

  @FieldResolver(() => ExpressionComparison, {
    description: 'Tumour expression of a gene compared between the values of a clinical attribute with a rank test.',
  })
  async expressionComparison(
    @Root() c: Cohort,
    @Ctx() ctx: Context,
    @Arg('gene', () => ID, { description: 'Gene id or symbol.' }) gene: string,
    @Arg('groupBy', () => String, { description: 'Attribute id (Cohort.attributes).' }) groupBy: string,
    @Arg('filter', () => [AttributeCondition], {
      nullable: true,
      description: 'Only patients passing every condition.',
    })
    filter: AttributeCondition[] | null,
  ): Promise<ExpressionComparison> {
    const conditions = await checked(ctx, c.id, filter, [{ field: 'groupBy', attribute: groupBy }]);
    const columns = selectPatients(ctx, c.id, conditions, [groupBy]);
    const [sel, { geneId, values: value }] = await Promise.all([
      columns,
      panelExpression(
        ctx,
        c.id,
        gene,
        'gene',
        columns.then((s) => s.table),
      ),
    ]);
    const values = sel.valuesOf(groupBy);
    const rows = sel.rows.map((r) => ({ value: value[r]!, group: values[r] ?? null }));
    return { gene: geneId, groupBy, ...compareExpression(rows) };
  }
}

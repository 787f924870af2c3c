import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  cohortColumns,
  cohortPanel,
  expressionByPatient,
  listCohorts,
  patientsByIds,
  patientsPage,
  samplesPage,
  type AttributeValueRecord,
} from '../db/cohort.repo.js';
import {
  asText,
  conditionProblem,
  matchingRows,
  perPatient,
  type ClinicalValue,
  type Condition,
  type EndpointDecl,
} from '../domain/clinical.js';
import { alteredGenesPage, alteredSamples } from '../db/alteration.repo.js';
import { ALTERED, alterationStatus, NOT_ALTERED } from '../domain/alterations.js';
import { compareExpression, survivalByAttribute, survivalByExpression } from '../domain/cohort-analysis.js';
import { badInput } from '../domain/errors.js';
import { listRef, sortedWindow, toConnection } from '../domain/paging.js';
import { AlteredGeneConnection, SampleAlterationConnection } from '../schema/alteration.type.js';
import { AttributeCondition, AttributeValue, ClinicalAttribute } from '../schema/clinical.type.js';
import { connectionOf } from '../loaders/statement.loader.js';
import { recordName } from '../domain/record-names.js';
import {
  Cohort,
  ExpressionValue,
  Patient,
  PatientConnection,
  Sample,
  SampleConnection,
} from '../schema/cohort.type.js';
import { NodeKind } from '../schema/enums.js';
import { PageArgs } from '../schema/page.args.js';
import { ExpressionComparison, SplitMethod, SurvivalAnalysis, SurvivalGrouping } from '../schema/survival.type.js';
import { requireEntity, windowOf } from './args.js';
import { requireVariant } from './variants.js';
import type { Context } from './context.js';

const idKeyOf = ({ node }: { node: { id: string } }) => [node.id];

/** The gene (id or symbol) as measured in the cohort's panel; BAD_USER_INPUT when it is not. */
async function panelGene(ctx: Context, cohortId: string, gene: string, field: string): Promise<string> {
  const node = await requireEntity(ctx, 'GENE', gene, field);
  const panel = await cohortPanel(ctx.db, cohortId, { counter: ctx.counter });
  if (!panel?.genes.includes(node.id)) {
    throw badInput(
      field,
      `${node.symbol ?? node.id} is not measured in cohort ${cohortId} (panel: ${panel?.symbols.slice(0, 30).join(', ')})`,
    );
  }
  return node.id;
}

/** The conditions, checked against the cohort's declared attributes; `extra` attributes must be declared too. */
async function checked(
  ctx: Context,
  cohortId: string,
  filter: readonly AttributeCondition[] | null | undefined,
  extra: { field: string; attribute: string }[] = [],
): Promise<Condition[]> {
  const conditions = [...(filter ?? [])];
  if (!conditions.length && !extra.length) return conditions;
  const declared = await ctx.loaders.cohortAttributes.load(cohortId);
  const problem = conditionProblem(conditions, declared);
  if (problem) throw badInput('filter', problem);
  for (const e of extra)
    if (!declared.some((d) => d.id === e.attribute))
      throw badInput(e.field, `cohort ${cohortId} declares no attribute ${e.attribute}`);
  return conditions;
}

/** The patient rows passing the conditions and the values of the attributes read (one query). */
async function selectPatients(ctx: Context, cohortId: string, conditions: Condition[], attributes: string[]) {
  const data = await cohortColumns(ctx.db, cohortId, [...conditions.map((c) => c.attribute), ...attributes], {
    counter: ctx.counter,
  });
  const patients = data?.patients ?? [];
  const valuesOf = (attribute: string): ClinicalValue[] => {
    const column = data?.columns.get(attribute);
    return column ? perPatient(column, patients.length, data!.samplePatient) : patients.map(() => null);
  };
  return { patients, rows: matchingRows(patients.length, conditions, valuesOf), valuesOf };
}

const asNumber = (v: ClinicalValue): number | null => (typeof v === 'number' ? v : null);

/** The cohort's declared endpoint of that id; BAD_USER_INPUT listing the declared ones when there is none. */
export function requireEndpoint(c: { id: string }, endpoint: string): EndpointDecl {
  const endpoints = (c as { endpoints?: EndpointDecl[] }).endpoints ?? [];
  const ep = endpoints.find((e) => e.id === endpoint);
  if (!ep)
    throw badInput('endpoint', `cohort ${c.id} declares ${endpoints.map((e) => e.id).join(', ') || 'no endpoints'}`);
  return ep;
}

/**
 * Survival of patients whose profiled tumour samples alter any of the genes (any variant) or
 * variants ("altered") against those whose profiled samples alter none ("not altered"); patients
 * without a profiled sample are excluded. BAD_USER_INPUT when the cohort has no mutation data.
 */
export async function survivalByAlteration(
  ctx: Context,
  cohortId: string,
  ep: EndpointDecl,
  conditions: Condition[],
  genes: string[],
  variants: string[],
): Promise<SurvivalAnalysis> {
  const [sel, altered] = await Promise.all([
    selectPatients(ctx, cohortId, conditions, [ep.timeAttribute, ep.eventAttribute]),
    alteredSamples(ctx.db, cohortId, genes, variants, { counter: ctx.counter }),
  ]);
  if (!altered?.profiled.length) throw badInput('groupBy.alteration', `cohort ${cohortId} has no mutation data`);
  const status = alterationStatus(sel.patients.length, altered.samplePatient, altered.profiled, altered.altered);
  const time = sel.valuesOf(ep.timeAttribute);
  const event = sel.valuesOf(ep.eventAttribute);
  const result = survivalByAttribute(
    sel.rows.map((r) => ({
      id: sel.patients[r]!,
      time: asNumber(time[r]!),
      event: asNumber(event[r]!),
      value: status[r] ?? null,
    })),
    [NOT_ALTERED, ALTERED],
  );
  return { endpoint: ep.id, gene: null, split: null, attribute: null, alterations: [...genes, ...variants], ...result };
}

const toValue = (r: AttributeValueRecord): AttributeValue => ({
  attribute: r.attribute,
  value: asText(r.value),
  number: asNumber(r.value),
});

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
  ): Promise<SurvivalAnalysis> {
    const ep = requireEndpoint(c, endpoint);
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
      return survivalByAlteration(ctx, c.id, ep, await checked(ctx, c.id, filter), genes, variants);
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
    const geneId = expression ? await panelGene(ctx, c.id, expression.gene, 'gene') : null;
    const read = [ep.timeAttribute, ep.eventAttribute, ...(attribute ? [attribute.attribute] : [])];
    const [sel, byPatient] = await Promise.all([
      selectPatients(ctx, c.id, conditions, read),
      geneId ? expressionByPatient(ctx.db, c.id, geneId, { counter: ctx.counter }) : null,
    ]);
    const time = sel.valuesOf(ep.timeAttribute);
    const event = sel.valuesOf(ep.eventAttribute);
    const subjects = sel.rows.map((r) => ({
      id: sel.patients[r]!,
      time: asNumber(time[r]!),
      event: asNumber(event[r]!),
    }));
    if (expression) {
      const result = survivalByExpression(
        subjects.map((s) => ({ ...s, value: byPatient!.get(s.id) ?? null })),
        expression.split,
        expression.threshold ?? undefined,
      );
      return { endpoint, gene: geneId, split: expression.split, attribute: null, ...result };
    }
    const values = sel.valuesOf(attribute!.attribute);
    const result = survivalByAttribute(
      sel.rows.map((r, k) => ({ ...subjects[k]!, value: values[r] ?? null })),
      attribute!.values,
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
    const geneId = await panelGene(ctx, c.id, gene, 'gene');
    const [sel, byPatient] = await Promise.all([
      selectPatients(ctx, c.id, conditions, [groupBy]),
      expressionByPatient(ctx.db, c.id, geneId, { counter: ctx.counter }),
    ]);
    const values = sel.valuesOf(groupBy);
    const rows = sel.rows.map((r) => ({ value: byPatient.get(sel.patients[r]!) ?? null, group: values[r] ?? null }));
    return { gene: geneId, groupBy, ...compareExpression(rows) };
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

  @FieldResolver(() => [AttributeValue], {
    description: 'The patient’s values of every patient-level attribute its cohort declares (missing ones as null).',
  })
  async attributes(@Root() p: Patient, @Ctx() ctx: Context) {
    return (await ctx.loaders.patientValues.load(p.id)).map(toValue);
  }

  @FieldResolver(() => AttributeValue, {
    nullable: true,
    description: 'The patient’s value of one attribute; null when the cohort declares no such patient attribute.',
  })
  async attribute(
    @Root() p: Patient,
    @Ctx() ctx: Context,
    @Arg('id', () => String, { description: 'Attribute id, e.g. OS_MONTHS.' }) id: string,
  ) {
    const found = (await ctx.loaders.patientValues.load(p.id)).find((v) => v.attribute.id === id);
    return found ? toValue(found) : null;
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

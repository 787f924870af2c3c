/** Cohort helpers shared by the cohort, path-cohort, patient and sample resolvers: checked filters, selected patients, survival by alteration. */
import type { GraphQLResolveInfo } from 'graphql';
import {
  cohortColumns,
  cohortPanel,
  expressionVector,
  type AttributeValueRecord,
  type ExpressionVector,
} from '../db/cohort.repo.js';
import { alteredSamples } from '../db/alteration.repo.js';
import {
  asText,
  conditionProblem,
  matchingRows,
  perPatient,
  type ClinicalValue,
  type Condition,
  type EndpointDecl,
} from '../domain/clinical.js';
import { ALTERED, alterationStatus, NOT_ALTERED } from '../domain/alterations.js';
import { ALL_PARTS, survivalByAttribute, type SurvivalParts } from '../domain/cohort-analysis.js';
import { badInput } from '../domain/errors.js';
import { AttributeCondition, AttributeValue } from '../schema/clinical.type.js';
import { SurvivalAnalysis } from '../schema/survival.type.js';
import { requireEntity } from './args.js';
import { fieldsNamed } from './lookahead.js';
import { cohortVectorCache, requestGraphVersion } from '../loaders/cohort.loader.js';
import type { Context } from './context.js';

/**
 * The gene (id or symbol) as measured in the cohort's panel, with its expression vector (one query
 * after the gene's); BAD_USER_INPUT when the panel does not measure it.
 */
export async function panelExpression(
  ctx: Context,
  cohortId: string,
  gene: string,
  field: string,
): Promise<{ geneId: string; vector: ExpressionVector }> {
  const node = await requireEntity(ctx, 'GENE', gene, field);
  const version = await requestGraphVersion(ctx.db, ctx.loaders);
  const vector = await cohortVectorCache(ctx.db).get(
    version,
    `vector|${cohortId}|${node.id}`,
    () => expressionVector(ctx.db, cohortId, node.id, { counter: ctx.counter }),
    (v) => (v?.patientIds.length ?? 0) * 72,
  );
  if (!vector?.measured) {
    const panel = await cohortPanel(ctx.db, cohortId, { counter: ctx.counter });
    throw badInput(
      field,
      `${node.symbol ?? node.id} is not measured in cohort ${cohortId} (panel: ${panel?.symbols.slice(0, 30).join(', ')})`,
    );
  }
  return { geneId: node.id, vector };
}

/** SurvivalAnalysis fields whose parts are computed only when selected (schema/survival.type.ts). */
export const SURVIVAL_PART_FIELDS = {
  groups: 'groups',
  curve: 'curve',
  patientIds: 'patientIds',
  logRank: 'logRank',
  cox: 'cox',
} as const;
const F = SURVIVAL_PART_FIELDS;

/** The parts of a SurvivalAnalysis the selection asks for (looking through fragments and aliases). */
export function survivalParts(info: GraphQLResolveInfo): SurvivalParts {
  const set = (f: { selectionSet?: GraphQLResolveInfo['fieldNodes'][number]['selectionSet'] }) => f.selectionSet;
  const top = (name: string) => info.fieldNodes.flatMap((f) => fieldsNamed(info, set(f), name));
  const groups = top(F.groups);
  const inGroups = (name: string) => groups.some((g) => fieldsNamed(info, set(g), name).length > 0);
  return {
    curves: inGroups(F.curve),
    patientIds: inGroups(F.patientIds),
    logRank: top(F.logRank).length > 0,
    cox: top(F.cox).length > 0,
  };
}

/** The conditions, checked against the cohort's declared attributes; `extra` attributes must be declared too. */
export async function checked(
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

/** The patient rows passing the conditions and the values of the attributes read (one query, or none when cached for the graph version). */
export async function selectPatients(ctx: Context, cohortId: string, conditions: Condition[], attributes: string[]) {
  const wanted = [...new Set([...conditions.map((c) => c.attribute), ...attributes])].sort();
  const version = await requestGraphVersion(ctx.db, ctx.loaders);
  const data = await cohortVectorCache(ctx.db).get(
    version,
    `columns|${cohortId}|${JSON.stringify(wanted)}`,
    () => cohortColumns(ctx.db, cohortId, wanted, { counter: ctx.counter }),
    (d) => (d ? d.patients.length * 64 + d.samplePatient.length * 8 + d.columns.size * d.patients.length * 16 : 0),
  );
  const patients = data?.patients ?? [];
  const valuesOf = (attribute: string): ClinicalValue[] => {
    const column = data?.columns.get(attribute);
    return column ? perPatient(column, patients.length, data!.samplePatient) : patients.map(() => null);
  };
  return { patients, rows: matchingRows(patients.length, conditions, valuesOf), valuesOf };
}

export const asNumber = (v: ClinicalValue): number | null => (typeof v === 'number' ? v : null);

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
  parts: SurvivalParts = ALL_PARTS,
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
    parts,
  );
  return { endpoint: ep.id, gene: null, split: null, attribute: null, alterations: [...genes, ...variants], ...result };
}

export const toValue = (r: AttributeValueRecord): AttributeValue => ({
  attribute: r.attribute,
  value: asText(r.value),
  number: asNumber(r.value),
});

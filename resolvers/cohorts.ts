/** Cohort helpers shared by the cohort, path-cohort, patient and sample resolvers: checked filters, selected patients, survival by alteration. */
import { valueFromASTUntyped, type GraphQLResolveInfo } from 'graphql';
import {
  cohortColumns,
  cohortPanel,
  expressionVector,
  type AttributeValueRecord,
  type CohortColumns,
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
import { nameLengthProblem } from '../domain/validation.js';
import { alignedBytes, alignExpression } from '../domain/expression-vector.js';
import { AttributeCondition, AttributeValue } from '../schema/clinical.type.js';
import { SurvivalAnalysis } from '../schema/survival.type.js';
import { requireEntity } from './args.js';
import { fieldsNamed, type LookaheadInfo } from './lookahead.js';
import { cohortVectorCache, requestGraphVersion } from '../loaders/cohort.loader.js';
import type { Context } from './context.js';

/**
 * The gene (id or symbol) as measured in the cohort's panel (checked against `table`, the cohort's
 * cached columns read under the request's graph version), with its expression aligned with the
 * cohort's patient order: cached by graph version, so a cached gene costs no query beyond its lookup.
 * BAD_USER_INPUT when the panel does not measure it.
 */
export async function panelExpression(
  ctx: Context,
  cohortId: string,
  gene: string,
  field: string,
  table: Promise<CohortColumns | null>,
): Promise<{ geneId: string; values: Float64Array }> {
  const [node, version, t] = await Promise.all([
    requireEntity(ctx, 'GENE', gene, field),
    requestGraphVersion(ctx.db, ctx.loaders),
    table,
  ]);
  if (!t?.panel.has(node.id)) {
    const panel = await cohortPanel(ctx.db, cohortId, { counter: ctx.counter });
    throw badInput(
      field,
      `${node.symbol ?? node.id} is not measured in cohort ${cohortId} (panel: ${panel?.symbols.slice(0, 30).join(', ')})`,
    );
  }
  const values = await cohortVectorCache(ctx.db).get(
    version,
    `expression|${cohortId}|${node.id}`,
    async () => {
      const stored = await expressionVector(ctx.db, cohortId, node.id, { counter: ctx.counter });
      return alignExpression(t.patients, stored?.patientIds, stored?.values ?? []);
    },
    alignedBytes,
  );
  return { geneId: node.id, values };
}

/** Cohort.survival (resolvers/cohort.resolver.ts). */
export const SURVIVAL_FIELD = 'survival';

/**
 * Starts, beside the cohort's own lookup, what the `survival` fields selected under it will read
 * first and independently of the cohort: the graph version and the gene of an expression grouping
 * (loaded through the request's loaders, so the survival resolver finds them there). Nothing is
 * awaited: failures surface where the resolver reads them, as without the look-ahead.
 */
export function prefetchSurvival(ctx: Context, info: LookaheadInfo): void {
  const fields = info.fieldNodes.flatMap((f) => fieldsNamed(info, f.selectionSet, SURVIVAL_FIELD));
  if (!fields.length) return;
  requestGraphVersion(ctx.db, ctx.loaders).catch(() => undefined);
  for (const f of fields) {
    const arg = f.arguments?.find((a) => a.name.value === 'groupBy');
    const groupBy = arg
      ? (valueFromASTUntyped(arg.value, info.variableValues) as { expression?: { gene?: unknown } })
      : null;
    const gene = groupBy?.expression?.gene;
    if (typeof gene === 'string' && !nameLengthProblem('gene', gene, 'lookupName'))
      ctx.loaders.node.load(gene.trim()).catch(() => undefined);
  }
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

/**
 * The patient rows passing the conditions, the values of the attributes read, and the cohort's
 * columns as cached (`table`: patient order, panel; null for an unknown cohort): one query, or
 * none when cached for the graph version.
 */
export async function selectPatients(ctx: Context, cohortId: string, conditions: Condition[], attributes: string[]) {
  const wanted = [...new Set([...conditions.map((c) => c.attribute), ...attributes])].sort();
  const version = await requestGraphVersion(ctx.db, ctx.loaders);
  const data = await cohortVectorCache(ctx.db).get(
    version,
    `columns|${cohortId}|${JSON.stringify(wanted)}`,
    () => cohortColumns(ctx.db, cohortId, wanted, { counter: ctx.counter }),
    (d) =>
      d
        ? d.patients.length * 64 +
          d.samplePatient.length * 8 +
          d.panel.size * 64 +
          d.columns.size * d.patients.length * 16
        : 0,
  );
  const patients = data?.patients ?? [];
  const valuesOf = (attribute: string): ClinicalValue[] => {
    const column = data?.columns.get(attribute);
    if (!column) return patients.map(() => null);
    return derived(column, 'perPatient', () => perPatient(column, patients.length, data!.samplePatient));
  };
  // Unfiltered, every row: the same array for every request of the graph version.
  const rows =
    data && !conditions.length
      ? derived(data, 'allRows', () => patients.map((_, r) => r))
      : matchingRows(patients.length, conditions, valuesOf);
  return { patients, rows, valuesOf, table: data };
}

/**
 * Arrays derived from a cached value (the rows of an unfiltered cohort, a sample-level column per
 * patient), kept as long as it is: computed once per graph version, shared and never changed.
 */
const derivedOf = new WeakMap<object, Map<string, unknown>>();
function derived<T>(from: object, key: string, make: () => T): T {
  let m = derivedOf.get(from);
  if (!m) derivedOf.set(from, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
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

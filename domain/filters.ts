/**
 * Filters of statement lists (Gene.targetedBy, Drug.targets, regulation edges, X.statements): the
 * arguments checked and normalised into one parameter map that the Cypher reads
 * (db/filter.queries.ts). A filter narrows a list but is not part of its identity: a cursor
 * names a position by sort key (belief, then ids), which orders the filtered list the same way,
 * so a cursor read with one filter continues the list under another.
 */
import { badInput } from './errors.js';
import { EVIDENCE_LEVEL, INTERACTION_TYPE, MODEL_SYSTEM, type EvidenceLevel } from './vocabulary.js';

export interface StatementFilterArgs {
  interactionTypes?: readonly string[] | null;
  minBelief?: number | null;
  minLevel?: string | null;
  modelSystems?: readonly string[] | null;
  approvedOnly?: boolean | null;
}

/** The filter as the queries read it: null fields filter nothing. */
export interface StatementFilter {
  interactionTypes: string[] | null;
  minBelief: number | null;
  /** The evidence levels at least as good as minLevel (A best), or null. */
  levels: EvidenceLevel[] | null;
  modelSystems: string[] | null;
  approvedOnly: boolean;
}

/** The normalised filter, or null when nothing is filtered; BAD_USER_INPUT naming the argument. */
export function toStatementFilter(a: StatementFilterArgs): StatementFilter | null {
  const interactionTypes = listOf('interactionTypes', a.interactionTypes, INTERACTION_TYPE.has);
  const modelSystems = listOf('modelSystems', a.modelSystems, MODEL_SYSTEM.has);
  if (a.minBelief != null && !(Number.isFinite(a.minBelief) && a.minBelief >= 0 && a.minBelief <= 1))
    throw badInput('minBelief', 'must be between 0 and 1');
  if (a.minLevel != null && !EVIDENCE_LEVEL.has(a.minLevel))
    throw badInput('minLevel', `must be one of ${EVIDENCE_LEVEL.values.join(', ')}`);
  const levels = a.minLevel == null ? null : EVIDENCE_LEVEL.values.filter((l) => l <= a.minLevel!);
  const f: StatementFilter = {
    interactionTypes,
    minBelief: a.minBelief ?? null,
    levels,
    modelSystems,
    approvedOnly: a.approvedOnly === true,
  };
  const empty = !f.interactionTypes && f.minBelief === null && !f.levels && !f.modelSystems && !f.approvedOnly;
  return empty ? null : f;
}

/** A list argument: null is no filter; an empty list or an unknown value is BAD_USER_INPUT. */
function listOf(arg: string, values: readonly string[] | null | undefined, known: (v: unknown) => boolean) {
  if (values == null) return null;
  if (values.length === 0) throw badInput(arg, 'give at least one value, or leave the argument out');
  const bad = values.find((v) => !known(v));
  if (bad !== undefined) throw badInput(arg, `unknown value ${JSON.stringify(bad)}`);
  return [...new Set(values)].sort();
}

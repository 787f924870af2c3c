/**
 * Survival and expression comparisons for one cohort, grouped by anything (docs/cohorts.md). Pure:
 * takes one subject per patient, returns what the API shows.
 *
 * Survival: patients without a time or event for the endpoint, or without the grouping value (the
 * gene's tumour expression, the attribute's value), are left out (counted in `excluded`).
 * Kaplan–Meier per group; the log-rank test over the non-empty groups; a Cox model (Efron ties)
 * with the group index as covariate when exactly two groups have patients (the hazard ratio is the
 * later group versus the earlier: high versus low, or the second attribute value versus the first)
 * and, for expression quartiles only, across all of them (Q1..Q4 = 0..3, a trend per quartile step).
 * Attribute values with more than two groups have no single hazard ratio: cox is null.
 * Expression groups come from splitByExpression (its tie rule is in domain/expression-split.ts).
 */
import { groupByValue, type ClinicalValue } from './clinical.js';
import { coxSorted } from './cox.js';
import { cutPointsOf, groupIndex, splitLabels, type ExpressionSplit } from './expression-split.js';
import { kruskalWallis, mannWhitney } from './rank-tests.js';
import { kaplanMeierSorted, logRankSorted, sortSurvival, type KaplanMeierPoint } from './survival.js';

/** A patient's survival for the endpoint asked for (time in months, event 1 or 0). */
export interface Subject {
  id: string;
  time: number | null;
  event: number | null;
}

export interface GroupResult {
  label: string;
  n: number;
  events: number;
  medianSurvival: number | null;
  patientIds: string[];
  curve: KaplanMeierPoint[];
}

export interface SurvivalResult {
  cutPoints: number[];
  groups: GroupResult[];
  logRank: { chiSquare: number; df: number; pValue: number } | null;
  cox: {
    coefficient: number;
    hazardRatio: number;
    ci95Low: number;
    /** Null when infinite (a diverging fit). */
    ci95High: number | null;
    se: number;
    pValue: number;
    converged: boolean;
    warnings: string[];
  } | null;
  excluded: number;
}

/**
 * What the caller will show: parts left out are not computed (curves and patient ids empty,
 * logRank or cox null). Group sizes, events and medians are always computed.
 */
export interface SurvivalParts {
  curves: boolean;
  patientIds: boolean;
  logRank: boolean;
  cox: boolean;
}

export const ALL_PARTS: SurvivalParts = { curves: true, patientIds: true, logRank: true, cox: true };

/** NaN and infinities cannot travel in JSON: they become null. */
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

const hasSurvival = (s: Subject): boolean =>
  s.time != null && Number.isFinite(s.time) && s.time >= 0 && (s.event === 0 || s.event === 1);

/**
 * Kaplan–Meier, log-rank and Cox over labelled groups (see the file header): `group[i]` is the
 * label index of usable subject i, or −1 when it is in no group. Subjects are sorted by time once
 * and every statistic walks that one order.
 */
function survivalByGroups(
  labels: readonly string[],
  usable: readonly Subject[],
  group: Int32Array,
  trend: boolean,
  parts: SurvivalParts,
): Pick<SurvivalResult, 'groups' | 'logRank' | 'cox'> {
  // Members in group order, input order within a group (the order R's data would have).
  const k = labels.length;
  const size = new Int32Array(k);
  for (let i = 0; i < usable.length; i++) if (group[i]! >= 0) size[group[i]!]!++;
  const offset = new Int32Array(k + 1);
  for (let g = 0; g < k; g++) offset[g + 1] = offset[g]! + size[g]!;
  const n = offset[k]!;
  const member = new Int32Array(n);
  const fill = offset.slice(0, k);
  for (let i = 0; i < usable.length; i++) if (group[i]! >= 0) member[fill[group[i]!]!++] = i;
  const times = new Float64Array(n);
  const events = new Uint8Array(n);
  const groups = new Uint32Array(n);
  for (let m = 0; m < n; m++) {
    const s = usable[member[m]!]!;
    times[m] = s.time!;
    events[m] = s.event!;
  }
  for (let g = 0; g < k; g++) groups.fill(g, offset[g]!, offset[g + 1]!);
  const sorted = sortSurvival(times, events, groups);
  const results: GroupResult[] = labels.map((label, g) => {
    const km = size[g] ? kaplanMeierSorted(sorted, g, parts.curves) : null;
    return {
      label,
      n: size[g]!,
      events: km?.events ?? 0,
      medianSurvival: km?.medianSurvival ?? null,
      patientIds: parts.patientIds ? [...member.subarray(offset[g]!, offset[g + 1]!)].map((i) => usable[i]!.id) : [],
      curve: km?.curve ?? [],
    };
  });
  const nonEmpty = size.filter((c) => c > 0).length;
  if (nonEmpty < 2) return { groups: results, logRank: null, cox: null };
  let lr: SurvivalResult['logRank'] = null;
  if (parts.logRank) {
    const t = logRankSorted(sorted, k);
    lr = { chiSquare: t.chiSquare, df: t.df, pValue: finite(t.pValue) ?? 1 };
  }
  if ((nonEmpty > 2 && !trend) || !parts.cox) return { groups: results, logRank: lr, cox: null };
  // The covariate is the group index (per member, in the order given to sortSurvival).
  const fit = coxSorted(sorted, Float64Array.from(groups));
  const cox = Number.isFinite(fit.coefficient)
    ? {
        coefficient: fit.coefficient,
        hazardRatio: fit.hazardRatio,
        ci95Low: fit.ci95Low,
        ci95High: finite(fit.ci95High),
        se: fit.se,
        pValue: fit.pValue,
        converged: fit.converged,
        warnings: fit.warnings,
      }
    : null;
  return { groups: results, logRank: lr, cox };
}

/** Survival by a gene's tumour expression (`value`), split by MEDIAN, QUARTILES or THRESHOLD. */
export function survivalByExpression(
  subjects: readonly (Subject & { value: number | null })[],
  split: ExpressionSplit,
  threshold: number | undefined,
  parts: SurvivalParts = ALL_PARTS,
): SurvivalResult {
  const usable: (Subject & { value: number | null })[] = [];
  for (const s of subjects) if (s.value != null && Number.isFinite(s.value) && hasSurvival(s)) usable.push(s);
  const values = new Float64Array(usable.length);
  for (let i = 0; i < usable.length; i++) values[i] = usable[i]!.value!;
  const cutPoints = cutPointsOf(values, split, threshold);
  const group = new Int32Array(usable.length);
  for (let i = 0; i < usable.length; i++) group[i] = groupIndex(values[i]!, cutPoints);
  const byGroups = survivalByGroups(splitLabels(split), usable, group, split === 'QUARTILES', parts);
  return { cutPoints, ...byGroups, excluded: subjects.length - usable.length };
}

/**
 * Survival by a clinical attribute's values (`value`): one group per distinct value, or the values
 * in `only`, in that order (patients with other values are excluded). No cut points.
 */
export function survivalByAttribute(
  subjects: readonly (Subject & { value: ClinicalValue })[],
  only?: readonly string[] | null,
  parts: SurvivalParts = ALL_PARTS,
): SurvivalResult {
  const usable = subjects.filter((s) => s.value != null && hasSurvival(s));
  const byValue = groupByValue(
    usable.map((_, i) => i),
    usable.map((s) => s.value),
    only,
  );
  const group = new Int32Array(usable.length).fill(-1);
  byValue.forEach((g, k) => g.rows.forEach((r) => (group[r] = k)));
  const grouped = byValue.reduce((n, g) => n + g.rows.length, 0);
  const byGroups = survivalByGroups(
    byValue.map((g) => g.label),
    usable,
    group,
    false,
    parts,
  );
  return { cutPoints: [], ...byGroups, excluded: subjects.length - grouped };
}

export interface ComparisonResult {
  groups: { label: string; n: number; median: number | null; mean: number | null }[];
  test: { method: string; statistic: number; pValue: number } | null;
  excluded: number;
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Expression of one gene (`value`) compared between the values of a clinical attribute (`group`;
 * groups ordered as in groupByValue), with rank tests as R computes them.
 */
export function compareExpression(rows: readonly { value: number | null; group: ClinicalValue }[]): ComparisonResult {
  const usable = rows.filter((r) => r.value != null && Number.isFinite(r.value) && r.group != null);
  const grouped = groupByValue(
    usable.map((_, i) => i),
    usable.map((r) => r.group),
  ).map((g) => ({ label: g.label, xs: g.rows.map((r) => usable[r]!.value!) }));
  const groups = grouped.map(({ label, xs }) => ({
    label,
    n: xs.length,
    median: median(xs),
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
  }));
  let test: ComparisonResult['test'] = null;
  if (grouped.length === 2) {
    const r = mannWhitney(grouped[0]!.xs, grouped[1]!.xs);
    test = {
      method: 'Wilcoxon rank-sum (Mann–Whitney), normal approximation with continuity correction',
      statistic: r.statistic,
      pValue: r.pValue,
    };
  } else if (grouped.length > 2) {
    const r = kruskalWallis(grouped.map((g) => g.xs));
    test = { method: 'Kruskal–Wallis rank-sum test', statistic: r.statistic, pValue: r.pValue };
  }
  return { groups, test, excluded: rows.length - usable.length };
}

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
import { coxPH } from './cox.js';
import { splitByExpression, type ExpressionSplit } from './expression-split.js';
import { kruskalWallis, mannWhitney } from './rank-tests.js';
import { kaplanMeier, logRank, type EventFlag, type KaplanMeierPoint } from './survival.js';

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

/** NaN and infinities cannot travel in JSON: they become null. */
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

const hasSurvival = (s: Subject): boolean =>
  s.time != null && Number.isFinite(s.time) && s.time >= 0 && (s.event === 0 || s.event === 1);

/** Kaplan–Meier, log-rank and Cox over labelled groups of usable subjects (see the file header). */
function survivalByGroups(
  groups: { label: string; members: Subject[] }[],
  trend: boolean,
): Pick<SurvivalResult, 'groups' | 'logRank' | 'cox'> {
  const results: GroupResult[] = groups.map((g) => {
    const km = g.members.length
      ? kaplanMeier(
          g.members.map((m) => m.time!),
          g.members.map((m) => m.event as EventFlag),
        )
      : null;
    return {
      label: g.label,
      n: g.members.length,
      events: g.members.filter((m) => m.event === 1).length,
      medianSurvival: km?.medianSurvival ?? null,
      patientIds: g.members.map((m) => m.id),
      curve: km?.curve ?? [],
    };
  });
  const nonEmpty = groups.map((g, i) => ({ g, i })).filter(({ g }) => g.members.length > 0);
  if (nonEmpty.length < 2) return { groups: results, logRank: null, cox: null };
  const sets = nonEmpty.map(({ g }) => ({
    times: g.members.map((m) => m.time!),
    events: g.members.map((m) => m.event as EventFlag),
  }));
  const t = logRank(sets);
  const lr = { chiSquare: t.chiSquare, df: t.df, pValue: finite(t.pValue) ?? 1 };
  if (nonEmpty.length > 2 && !trend) return { groups: results, logRank: lr, cox: null };
  const times: number[] = [];
  const events: EventFlag[] = [];
  const x: number[] = [];
  nonEmpty.forEach(({ i }, k) => {
    times.push(...sets[k]!.times);
    events.push(...sets[k]!.events);
    x.push(...sets[k]!.times.map(() => i));
  });
  const fit = coxPH(times, events, x);
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
): SurvivalResult {
  const usable = subjects.filter((s) => s.value != null && Number.isFinite(s.value) && hasSurvival(s));
  const { cutPoints, groups } = splitByExpression(
    usable.map((s) => ({ id: s, value: s.value! })),
    split,
    threshold,
  );
  const grouped = groups.map((g) => ({ label: g.label, members: g.members.map((m) => m.id) }));
  return { cutPoints, ...survivalByGroups(grouped, split === 'QUARTILES'), excluded: subjects.length - usable.length };
}

/**
 * Survival by a clinical attribute's values (`value`): one group per distinct value, or the values
 * in `only`, in that order (patients with other values are excluded). No cut points.
 */
export function survivalByAttribute(
  subjects: readonly (Subject & { value: ClinicalValue })[],
  only?: readonly string[] | null,
): SurvivalResult {
  const usable = subjects.filter((s) => s.value != null && hasSurvival(s));
  const groups = groupByValue(
    usable.map((_, i) => i),
    usable.map((s) => s.value),
    only,
  ).map((g) => ({ label: g.label, members: g.rows.map((r) => usable[r]!) }));
  const grouped = groups.reduce((n, g) => n + g.members.length, 0);
  return { cutPoints: [], ...survivalByGroups(groups, false), excluded: subjects.length - grouped };
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

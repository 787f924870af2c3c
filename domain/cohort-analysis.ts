/**
 * Survival by expression group and expression by clinical group, for one cohort (docs/cohorts.md).
 * Pure: takes one row per patient, returns what the API shows.
 *
 * Survival: patients without the gene's tumour expression, or without a time or event for the
 * endpoint, are left out (counted in `excluded`). Groups come from splitByExpression (its tie rule is
 * in domain/expression-split.ts and docs/cohorts.md). Kaplan–Meier per group; the log-rank test over the
 * non-empty groups; a Cox model with the group index as covariate (low = 0, high = 1; for quartiles
 * Q1..Q4 = 0..3, a trend), Efron ties, so the hazard ratio is high versus low (per quartile step).
 */
import { coxPH } from './cox.js';
import { splitByExpression, type ExpressionSplit } from './expression-split.js';
import { kruskalWallis, mannWhitney } from './rank-tests.js';
import { kaplanMeier, logRank, type EventFlag, type KaplanMeierPoint } from './survival.js';

export type Endpoint = 'OS' | 'RFS';

export interface PatientRow {
  id: string;
  osMonths: number | null;
  osEvent: number | null;
  rfsMonths: number | null;
  rfsEvent: number | null;
  value: number | null;
  [attribute: string]: unknown;
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

export function analyseSurvival(
  rows: PatientRow[],
  split: ExpressionSplit,
  threshold: number | undefined,
  endpoint: Endpoint,
): SurvivalResult {
  const timeKey = endpoint === 'OS' ? 'osMonths' : 'rfsMonths';
  const eventKey = endpoint === 'OS' ? 'osEvent' : 'rfsEvent';
  const usable = rows.filter(
    (r) =>
      r.value != null &&
      Number.isFinite(r.value) &&
      r[timeKey] != null &&
      r[timeKey]! >= 0 &&
      (r[eventKey] === 0 || r[eventKey] === 1),
  );
  const byId = new Map(usable.map((r) => [r.id, r]));
  const { cutPoints, groups } = splitByExpression(
    usable.map((r) => ({ id: r.id, value: r.value! })),
    split,
    threshold,
  );
  const results: GroupResult[] = groups.map((g) => {
    const members = g.members.map((m) => byId.get(m.id)!);
    const times = members.map((m) => m[timeKey]!);
    const events = members.map((m) => m[eventKey] as EventFlag);
    const km = members.length ? kaplanMeier(times, events) : null;
    return {
      label: g.label,
      n: members.length,
      events: events.filter((e) => e === 1).length,
      medianSurvival: km?.medianSurvival ?? null,
      patientIds: members.map((m) => m.id),
      curve: km?.curve ?? [],
    };
  });
  const nonEmpty = groups.map((g, i) => ({ g, i })).filter(({ g }) => g.members.length > 0);
  let lr: SurvivalResult['logRank'] = null;
  let cox: SurvivalResult['cox'] = null;
  if (nonEmpty.length >= 2) {
    const sets = nonEmpty.map(({ g }) => ({
      times: g.members.map((m) => byId.get(m.id)![timeKey]!),
      events: g.members.map((m) => byId.get(m.id)![eventKey] as EventFlag),
    }));
    const t = logRank(sets);
    lr = { chiSquare: t.chiSquare, df: t.df, pValue: finite(t.pValue) ?? 1 };
    const times: number[] = [];
    const events: EventFlag[] = [];
    const x: number[] = [];
    nonEmpty.forEach(({ i }, k) => {
      times.push(...sets[k]!.times);
      events.push(...sets[k]!.events);
      x.push(...sets[k]!.times.map(() => i));
    });
    const fit = coxPH(times, events, x);
    cox = Number.isFinite(fit.coefficient)
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
  }
  return { cutPoints, groups: results, logRank: lr, cox, excluded: rows.length - usable.length };
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

/** Expression of one gene compared between the values of a clinical attribute (rank tests, as R). */
export function compareExpression(rows: PatientRow[], attribute: string): ComparisonResult {
  const usable = rows.filter(
    (r) => r.value != null && Number.isFinite(r.value) && r[attribute] != null && r[attribute] !== '',
  );
  const byLabel = new Map<string, number[]>();
  for (const r of usable) {
    const label = String(r[attribute]);
    byLabel.set(label, [...(byLabel.get(label) ?? []), r.value!]);
  }
  const labels = [...byLabel.keys()].sort();
  const groups = labels.map((label) => {
    const xs = byLabel.get(label)!;
    return { label, n: xs.length, median: median(xs), mean: xs.reduce((a, b) => a + b, 0) / xs.length };
  });
  let test: ComparisonResult['test'] = null;
  if (labels.length === 2) {
    const r = mannWhitney(byLabel.get(labels[0]!)!, byLabel.get(labels[1]!)!);
    test = {
      method: 'Wilcoxon rank-sum (Mann–Whitney), normal approximation with continuity correction',
      statistic: r.statistic,
      pValue: r.pValue,
    };
  } else if (labels.length > 2) {
    const r = kruskalWallis(labels.map((l) => byLabel.get(l)!));
    test = { method: 'Kruskal–Wallis rank-sum test', statistic: r.statistic, pValue: r.pValue };
  }
  return { groups, test, excluded: rows.length - usable.length };
}

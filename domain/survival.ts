/**
 * Kaplan–Meier curves and the log-rank test, computed exactly as R's `survival` package (3.5)
 * computes them, so that a scientist re-running `survfit`/`survdiff` in R gets the same numbers
 * (test/fixtures/survival/reference.R produces the reference values the unit tests check).
 *
 * Pure functions, no I/O. Shared helpers (input checks, R's `aeqSurv` time merging, the chi-square
 * upper tail) live here too; Cox regression is in cox.ts, rank tests in rank-tests.ts.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { LuDecomposition, Matrix, SingularValueDecomposition, pseudoInverse } from 'ml-matrix';

/** 1 = the event (death, recurrence) was observed at that time, 0 = censored. */
export type EventFlag = 0 | 1;

/** R's default tolerance for "equal" numbers: sqrt(.Machine$double.eps). */
export const R_TOLERANCE = Math.sqrt(2 ** -52);

/** Throws a RangeError unless times and events have equal length, finite times and 0/1 events. */
export function checkSurvivalInput(times: readonly number[], events: readonly number[], what: string): void {
  if (times.length !== events.length) {
    throw new RangeError(`${what}: ${times.length} times but ${events.length} event flags`);
  }
  times.forEach((t, i) => {
    if (!Number.isFinite(t)) throw new RangeError(`${what}: time ${i} is not a finite number`);
    if (events[i] !== 0 && events[i] !== 1) throw new RangeError(`${what}: event flag ${i} is not 0 or 1`);
  });
}

/**
 * R's `aeqSurv` (applied by `survfit`, `survdiff` and `coxph` through `timefix = TRUE`): times that
 * differ by at most sqrt(eps), absolutely or relative to the mean of the distinct |times|, are
 * treated as one time (each is replaced by the smallest of its run). Integer times are unchanged.
 */
export function aeqSurv(times: readonly number[]): number[] {
  const y = [...new Set(times)].sort((a, b) => a - b);
  if (y.length < 2) return [...times];
  const meanAbs = y.reduce((s, v) => s + Math.abs(v), 0) / y.length;
  const cuts = [y[0]];
  for (let i = 1; i < y.length; i++) {
    const dy = y[i] - y[i - 1];
    if (!(dy <= R_TOLERANCE || dy / meanAbs <= R_TOLERANCE)) cuts.push(y[i]);
  }
  if (cuts.length === y.length) return [...times];
  return times.map((t) => {
    let lo = 0; // largest cut <= t (R's findInterval)
    let hi = cuts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cuts[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return cuts[lo];
  });
}

/**
 * P(X > x) for X ~ chi-square with `df` degrees of freedom, as R's `pchisq(x, df, lower.tail = FALSE)`.
 * For integer df it uses the closed forms (sums of Poisson-like terms, plus 2Φ(−√x) for odd df), which
 * keep full relative precision for tiny p-values where 1 − cdf would not. df = 0 gives 1 (R's value
 * for x = 0), df < 0 gives NaN.
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!Number.isInteger(df) || df < 0 || Number.isNaN(x)) return NaN;
  if (df === 0) return x > 0 ? 0 : 1;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const half = x / 2;
  const logHalf = Math.log(half);
  const terms: number[] = [];
  let p = 0;
  if (df % 2 === 0) {
    let logFactorial = 0; // log(j!)
    for (let j = 0; j < df / 2; j++) {
      if (j > 0) logFactorial += Math.log(j);
      terms.push(Math.exp(-half + j * logHalf - logFactorial));
    }
  } else {
    p = 2 * normalCdf(-Math.sqrt(x), 0, 1);
    let logGamma = Math.log(Math.sqrt(Math.PI) / 2); // log Γ(j + 1/2), j = 1
    for (let j = 1; j <= (df - 1) / 2; j++) {
      if (j > 1) logGamma += Math.log(j - 0.5);
      terms.push(Math.exp(-half + (j - 0.5) * logHalf - logGamma));
    }
  }
  for (let j = terms.length - 1; j >= 0; j--) p += terms[j]; // smallest first
  return Math.min(1, p);
}

export interface KaplanMeierPoint {
  time: number;
  /** Product-limit estimate S(t), just after `time`. */
  survival: number;
  atRisk: number;
  events: number;
  censored: number;
  /**
   * 95% confidence limits of S(t), as `survfit`'s default `conf.type = "log"`: S·exp(∓1.96·se) with
   * Greenwood's se of log S, sqrt(Σ d / (n (n − d))); the upper limit is capped at 1. Null where R
   * gives NA (S(t) = 0, or no event yet has a variance: then both limits are 1 as in R).
   */
  lower95: number | null;
  upper95: number | null;
}

export interface KaplanMeierResult {
  /** One point per distinct time (event or censoring), ascending: R's `summary(survfit(...), censored = TRUE)`. */
  curve: KaplanMeierPoint[];
  /** Median survival as `print(survfit(...))` shows it; null when S(t) never falls to 0.5 (R: NA). */
  medianSurvival: number | null;
  n: number;
  events: number;
}

/**
 * Kaplan–Meier estimate, as `survfit(Surv(times, events) ~ 1)`.
 *
 * Median, R's rule (survival:::survmean, used by print/summary): take the first time t with
 * S(t) < 0.5 + sqrt(eps). If S(t) is 0.5 (within sqrt(eps)) and the curve later drops below it, the
 * median is the midpoint of t and the time of that next drop; otherwise it is t. (Note: when the curve
 * ends flat at exactly 0.5, print gives t but `quantile(fit, 0.5)` gives the midpoint of t and the last
 * follow-up time; we follow print.)
 */
export function kaplanMeier(times: readonly number[], events: readonly EventFlag[]): KaplanMeierResult {
  checkSurvivalInput(times, events, 'kaplanMeier');
  const t = aeqSurv(times);
  const order = t.map((_, i) => i).sort((a, b) => t[a] - t[b]);
  const curve: KaplanMeierPoint[] = [];
  let km = 1;
  let atRisk = t.length;
  let greenwood = 0;
  const z = normalQuantile(0.975, 0, 1);
  for (let i = 0; i < order.length;) {
    const time = t[order[i]];
    let d = 0;
    let c = 0;
    for (; i < order.length && t[order[i]] === time; i++) {
      if (events[order[i]] === 1) d++;
      else c++;
    }
    km *= (atRisk - d) / atRisk; // survfitkm.c: km *= (nrisk - d1) / nrisk
    if (d > 0) greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : Infinity;
    const se = Math.sqrt(greenwood);
    const ci = km > 0 && Number.isFinite(se);
    curve.push({
      time,
      survival: km,
      atRisk,
      events: d,
      censored: c,
      lower95: ci ? km * Math.exp(-z * se) : null,
      upper95: ci ? Math.min(1, km * Math.exp(z * se)) : null,
    });
    atRisk -= d + c;
  }
  return {
    curve,
    medianSurvival: kmMedian(curve),
    n: t.length,
    events: curve.reduce((s, p) => s + p.events, 0),
  };
}

/** survival:::survmean's `minmin(surv, time)`. */
function kmMedian(curve: readonly KaplanMeierPoint[]): number | null {
  const kept = curve.filter((p) => p.survival < 0.5 + R_TOLERANCE);
  if (kept.length === 0) return null;
  const first = kept[0];
  if (Math.abs(first.survival - 0.5) < R_TOLERANCE) {
    const drop = kept.find((p) => p.survival < first.survival);
    if (drop) return (first.time + drop.time) / 2;
  }
  return first.time;
}

export interface SurvivalGroup {
  times: readonly number[];
  events: readonly EventFlag[];
}

export interface LogRankResult {
  chiSquare: number;
  df: number;
  pValue: number;
  /** Per group, in input order (empty groups: 0). */
  observed: number[];
  expected: number[];
}

/**
 * Log-rank test (rho = 0), as `survdiff(Surv(time, status) ~ group)`: observed minus expected deaths,
 * hypergeometric variance for tied deaths, chi-square = (O−E)' V⁻¹ (O−E) over all groups but the first.
 * Like R, groups whose expected count is 0 (e.g. everyone censored before the first death) are left out
 * and df = (number of groups with expected > 0) − 1; with fewer than two such groups chi-square is 0 and
 * p is 1 (df = 0) or NaN (df = −1, no deaths at all). Empty groups are ignored, as R drops empty factor
 * levels; fewer than two non-empty groups is a RangeError. Where R stops with "system is exactly singular"
 * (e.g. all of a group's deaths happen when everyone at risk dies), we use the Moore–Penrose inverse and
 * df = its rank instead.
 */
export function logRank(groups: readonly SurvivalGroup[]): LogRankResult {
  groups.forEach((g, i) => checkSurvivalInput(g.times, g.events, `logRank group ${i}`));
  const used = groups.map((g, i) => (g.times.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (used.length < 2) throw new RangeError('logRank needs at least two non-empty groups');
  const k = used.length;
  const rawTimes: number[] = [];
  const status: number[] = [];
  const group: number[] = [];
  used.forEach((gi, j) =>
    groups[gi].times.forEach((time, i) => {
      rawTimes.push(time);
      status.push(groups[gi].events[i]);
      group.push(j);
    }),
  );
  const time = aeqSurv(rawTimes);
  const order = time.map((_, i) => i).sort((a, b) => time[a] - time[b]);
  const obs = new Array<number>(k).fill(0);
  const exp = new Array<number>(k).fill(0);
  const risk = new Array<number>(k).fill(0);
  const v = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  // survdiff2.c: walk backwards in time so that `risk` accumulates the risk sets.
  for (let i = order.length - 1; i >= 0;) {
    const now = time[order[i]];
    let deaths = 0;
    for (; i >= 0 && time[order[i]] === now; i--) {
      const p = order[i];
      deaths += status[p];
      risk[group[p]] += 1;
      obs[group[p]] += status[p];
    }
    const nrisk = order.length - (i + 1); // everyone from this time on
    if (deaths === 0) continue;
    for (let j = 0; j < k; j++) exp[j] += (deaths * risk[j]) / nrisk;
    if (nrisk === 1) continue;
    for (let j = 0; j < k; j++) {
      const tmp = (deaths * risk[j] * (nrisk - deaths)) / (nrisk * (nrisk - 1));
      v[j][j] += tmp;
      for (let m = 0; m < k; m++) v[j][m] -= (tmp * risk[m]) / nrisk;
    }
  }
  const keep = exp.map((e, j) => (e > 0 ? j : -1)).filter((j) => j >= 0);
  let df = keep.length - 1;
  let chiSquare = 0;
  if (keep.length >= 2) {
    const rest = keep.slice(1);
    const diff = Matrix.columnVector(rest.map((j) => obs[j] - exp[j]));
    const vv = new Matrix(rest.map((a) => rest.map((b) => v[a][b])));
    const lu = new LuDecomposition(vv);
    let solved: Matrix;
    if (lu.isSingular()) {
      solved = pseudoInverse(vv).mmul(diff);
      df = new SingularValueDecomposition(vv).rank;
    } else solved = lu.solve(diff);
    for (let j = 0; j < rest.length; j++) chiSquare += solved.get(j, 0) * diff.get(j, 0);
  }
  const observed = new Array<number>(groups.length).fill(0);
  const expected = new Array<number>(groups.length).fill(0);
  used.forEach((gi, j) => {
    observed[gi] = obs[j];
    expected[gi] = exp[j];
  });
  return { chiSquare, df, pValue: chiSquareUpperTail(chiSquare, df), observed, expected };
}

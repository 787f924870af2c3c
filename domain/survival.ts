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
import { stableOrder } from './stable-order.js';

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
 * Subjects sorted once by time, shared by Kaplan–Meier, the log-rank test and Cox: R's `aeqSurv`
 * (applied by `survfit`, `survdiff` and `coxph` through `timefix = TRUE`) merges times that differ by
 * at most sqrt(eps), absolutely or relative to the mean of the distinct |times|, into the smallest of
 * their run (integer times are unchanged); then subjects are in R's `order(time)` (ascending, stable).
 * `blockEnd[b]` is one past the last position of the b-th distinct time.
 */
export interface SortedSurvival {
  n: number;
  /** Input index of each sorted position. */
  order: Uint32Array;
  /** Merged times, ascending. */
  time: Float64Array;
  event: Uint8Array;
  /** Group index of each sorted position (0 when no groups were given). */
  group: Uint32Array;
  blockEnd: Uint32Array;
}

/** Sorts the subjects once (see SortedSurvival); inputs must have passed checkSurvivalInput. */
export function sortSurvival(
  times: ArrayLike<number>,
  events: ArrayLike<number>,
  groups?: ArrayLike<number>,
): SortedSurvival {
  const n = times.length;
  const raw = Float64Array.from(times);
  let order = stableOrder(raw);
  const time = new Float64Array(n);
  for (let p = 0; p < n; p++) time[p] = raw[order[p]!]!;
  if (mergeNearTies(time)) {
    // Merged times can reorder subjects whose raw times differed: R orders by the merged time.
    const merged = new Float64Array(n);
    for (let p = 0; p < n; p++) merged[order[p]!] = time[p]!;
    order = stableOrder(merged);
    for (let p = 0; p < n; p++) time[p] = merged[order[p]!]!;
  }
  const event = new Uint8Array(n);
  const group = new Uint32Array(n);
  const ends: number[] = [];
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    event[p] = events[i]!;
    if (groups) group[p] = groups[i]!;
    if (p + 1 === n || time[p + 1] !== time[p]) ends.push(p + 1);
  }
  return { n, order, time, event, group, blockEnd: Uint32Array.from(ends) };
}

/** aeqSurv on ascending times, in place; true when any time changed. */
function mergeNearTies(time: Float64Array): boolean {
  const n = time.length;
  let distinct = 0;
  let sumAbs = 0;
  for (let p = 0; p < n; p++) {
    if (p === 0 || time[p] !== time[p - 1]) {
      distinct++;
      sumAbs += Math.abs(time[p]!);
    }
  }
  if (distinct < 2) return false;
  const meanAbs = sumAbs / distinct;
  let changed = false;
  let cut = time[0]!; // the smallest time of the current run
  let prev = time[0]!; // the previous distinct raw time
  for (let p = 1; p < n; p++) {
    const t = time[p]!;
    if (t !== prev) {
      const dy = t - prev;
      prev = t;
      if (!(dy <= R_TOLERANCE || dy / meanAbs <= R_TOLERANCE)) cut = t;
    }
    if (t !== cut) {
      time[p] = cut;
      changed = true;
    }
  }
  return changed;
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
  return kaplanMeierSorted(sortSurvival(times, events), null, true);
}

/**
 * Kaplan–Meier of the subjects of one group of sorted subjects (all of them when `group` is null),
 * as `survfit(Surv(time, status) ~ group)` gives it for that group. The curve is left empty unless
 * `withCurve`; n, events and the median are always computed, in one pass without allocation.
 */
export function kaplanMeierSorted(s: SortedSurvival, group: number | null, withCurve: boolean): KaplanMeierResult {
  const { time, event, blockEnd } = s;
  const member = (p: number) => group === null || s.group[p] === group;
  let atRisk = 0;
  for (let p = 0; p < s.n; p++) if (member(p)) atRisk++;
  const n = atRisk;
  const curve: KaplanMeierPoint[] = [];
  const z = withCurve ? normalQuantile(0.975, 0, 1) : 0;
  let km = 1;
  let greenwood = 0;
  let total = 0;
  // survmean's minmin, streamed: `first` is the first time with S < 0.5 + tol.
  let firstTime = NaN;
  let firstS = NaN;
  let median: number | null = null;
  let start = 0;
  for (let b = 0; b < blockEnd.length; start = blockEnd[b++]!) {
    let d = 0;
    let c = 0;
    for (let p = start; p < blockEnd[b]!; p++) {
      if (!member(p)) continue;
      if (event[p] === 1) d++;
      else c++;
    }
    if (d + c === 0) continue;
    const t = time[start]!;
    km *= (atRisk - d) / atRisk; // survfitkm.c: km *= (nrisk - d1) / nrisk
    total += d;
    if (median === null && km < 0.5 + R_TOLERANCE) {
      if (Number.isNaN(firstTime)) {
        firstTime = t;
        firstS = km;
        if (!(Math.abs(km - 0.5) < R_TOLERANCE)) median = t;
      } else if (km < firstS) median = (firstTime + t) / 2;
    }
    if (withCurve) {
      if (d > 0) greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : Infinity;
      const se = Math.sqrt(greenwood);
      const ci = km > 0 && Number.isFinite(se);
      curve.push({
        time: t,
        survival: km,
        atRisk,
        events: d,
        censored: c,
        lower95: ci ? km * Math.exp(-z * se) : null,
        upper95: ci ? Math.min(1, km * Math.exp(z * se)) : null,
      });
    }
    atRisk -= d + c;
  }
  if (median === null && !Number.isNaN(firstTime)) median = firstTime;
  return { curve, medianSurvival: median, n, events: total };
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
  const times: number[] = [];
  const events: number[] = [];
  const group: number[] = [];
  groups.forEach((g, gi) =>
    g.times.forEach((time, i) => {
      times.push(time);
      events.push(g.events[i]!);
      group.push(gi);
    }),
  );
  return logRankSorted(sortSurvival(times, events, group), groups.length);
}

/** The log-rank test (see logRank) over sorted subjects in groups 0..k−1; results per group index. */
export function logRankSorted(s: SortedSurvival, groups: number): LogRankResult {
  const size = new Float64Array(groups);
  for (let p = 0; p < s.n; p++) size[s.group[p]!]!++;
  const used: number[] = [];
  const slot = new Int32Array(groups).fill(-1);
  for (let g = 0; g < groups; g++) if (size[g]! > 0) slot[g] = used.push(g) - 1;
  if (used.length < 2) throw new RangeError('logRank needs at least two non-empty groups');
  const k = used.length;
  const { event, blockEnd } = s;
  const obs = new Float64Array(k);
  const exp = new Float64Array(k);
  const risk = new Float64Array(k);
  const v = Array.from({ length: k }, () => new Float64Array(k));
  // survdiff2.c: walk backwards in time so that `risk` accumulates the risk sets.
  for (let b = blockEnd.length - 1; b >= 0; b--) {
    const start = b > 0 ? blockEnd[b - 1]! : 0;
    let deaths = 0;
    for (let p = blockEnd[b]! - 1; p >= start; p--) {
      const j = slot[s.group[p]!]!;
      deaths += event[p]!;
      risk[j]!++;
      obs[j]! += event[p]!;
    }
    const nrisk = s.n - start; // everyone from this time on
    if (deaths === 0) continue;
    for (let j = 0; j < k; j++) exp[j]! += (deaths * risk[j]!) / nrisk;
    if (nrisk === 1) continue;
    for (let j = 0; j < k; j++) {
      const tmp = (deaths * risk[j]! * (nrisk - deaths)) / (nrisk * (nrisk - 1));
      v[j]![j]! += tmp;
      for (let m = 0; m < k; m++) v[j]![m]! -= (tmp * risk[m]!) / nrisk;
    }
  }
  const keep = [...exp.keys()].filter((j) => exp[j]! > 0);
  let df = keep.length - 1;
  let chiSquare = 0;
  if (keep.length >= 2) {
    const rest = keep.slice(1);
    const diff = Matrix.columnVector(rest.map((j) => obs[j]! - exp[j]!));
    const vv = new Matrix(rest.map((a) => rest.map((b) => v[a]![b]!)));
    const lu = new LuDecomposition(vv);
    let solved: Matrix;
    if (lu.isSingular()) {
      solved = pseudoInverse(vv).mmul(diff);
      df = new SingularValueDecomposition(vv).rank;
    } else solved = lu.solve(diff);
    for (let j = 0; j < rest.length; j++) chiSquare += solved.get(j, 0) * diff.get(j, 0);
  }
  const observed = new Array<number>(groups).fill(0);
  const expected = new Array<number>(groups).fill(0);
  used.forEach((g, j) => {
    observed[g] = obs[j]!;
    expected[g] = exp[j]!;
  });
  return { chiSquare, df, pValue: chiSquareUpperTail(chiSquare, df), observed, expected };
}

/**
 * Cox proportional hazards with one covariate and Efron ties, fitted as R's
 * `coxph(Surv(time, status) ~ x, ties = "efron")` fits it: a line-by-line port of survival's C routine
 * coxfit6 (3.5) for one variable, including its centring and scaling of x, step halving, convergence test
 * |1 − loglik_old / loglik_new| <= 1e-9, at most 20 iterations from beta = 0, and the warnings that
 * coxph.fit raises afterwards.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import {
  type EventFlag,
  type SortedSurvival,
  checkSurvivalInput,
  chiSquareUpperTail,
  sortSurvival,
} from './survival.js';

/** coxph.control() defaults. */
const EPS = 1e-9;
const TOLER_CHOL = 2 ** -39; // .Machine$double.eps^0.75
const ITER_MAX = 20;
const TOLER_INF = Math.sqrt(EPS);

export interface CoxResult {
  /** beta, log hazard ratio per unit of x. NaN where R reports NA. */
  coefficient: number;
  hazardRatio: number;
  ci95Low: number;
  ci95High: number;
  se: number;
  z: number;
  /** Wald test, as summary(fit)$coefficients[, "Pr(>|z|)"]. */
  pValue: number;
  /** R's fit$iter: iter.max + 1 (21) when the iterations ran out. */
  iterations: number;
  /** False when R warns (ran out of iterations, coefficient may be infinite) or beta is not estimable. */
  converged: boolean;
  /** R's warnings, reworded slightly; [] for a clean fit. */
  warnings: string[];
  /** Log partial likelihood at beta = 0 and at the returned beta (R's fit$loglik). */
  logLik: [number, number];
}

/**
 * Fits the model. Degenerate cases never throw:
 * - beta running off to ±infinity (a group with no events, perfect separation): like R, the fit either
 *   stops when the log likelihood stops changing or runs out of its 20 iterations; we return exactly the
 *   finite numbers R returns (a large |coefficient|, enormous se, p near 1, a CI of [0, Infinity]) with
 *   converged = false and R's warning;
 * - no events at all, or a constant x: R reports NA; we return NaN for every number, iterations 0,
 *   converged = false and a warning.
 */
export function coxPH(times: readonly number[], events: readonly EventFlag[], x: readonly number[]): CoxResult {
  checkSurvivalInput(times, events, 'coxPH');
  if (x.length !== times.length) throw new RangeError(`coxPH: ${times.length} times but ${x.length} covariates`);
  if (!x.every(Number.isFinite)) throw new RangeError('coxPH: covariate values must be finite numbers');
  return coxSorted(sortSurvival(times, events), Float64Array.from(x));
}

/**
 * The Cox fit (see coxPH) over sorted subjects, `x` given per input index (as `times` were). Each
 * Newton iteration is one allocation-free pass: exp(beta·x) is computed once per distinct x value
 * when there are few (group indices), else once per subject.
 */
export function coxSorted(s: SortedSurvival, x: Float64Array): CoxResult {
  const n = s.n;
  if (!s.event.includes(1)) return notEstimable('there are no events');
  if (x.every((v) => v === x[0])) return notEstimable('the covariate is constant');
  const data: Sorted = { status: s.event, blockEnd: s.blockEnd, x: new Float64Array(n) };
  for (let p = 0; p < n; p++) data.x[p] = x[s.order[p]!]!;

  // Centre and scale x unless it is all -1/0/1 (coxph's nocenter default).
  let mean = 0;
  let scale = 1;
  if (!data.x.every((v) => v === -1 || v === 0 || v === 1)) {
    for (let p = 0; p < n; p++) mean += data.x[p]!;
    mean /= n;
    let absSum = 0;
    for (let p = 0; p < n; p++) {
      data.x[p] -= mean;
      absSum += Math.abs(data.x[p]);
    }
    scale = absSum > 0 ? n / absSum : 1;
    for (let p = 0; p < n; p++) data.x[p] *= scale;
  }

  const fitData = withLevels(data);
  const riskOf = new Float64Array(MAX_LEVELS);
  let beta = 0;
  let fit = coxIteration(beta, fitData, riskOf);
  const loglik0 = fit.loglik;
  let best = loglik0; // loglik[1]: best so far
  let newBeta = beta + cholSolve(fit.imat, fit.u);
  let halving = 0;
  let iter: number;
  let converged = false;
  let varScaled = 0;
  let uScaled = 0;
  let flag = 0;
  for (iter = 1; iter <= ITER_MAX; iter++) {
    fit = coxIteration(newBeta, fitData, riskOf);
    flag = cholRank(fit.imat);
    const finite = Number.isFinite(fit.u) && Number.isFinite(fit.imat) && Number.isFinite(fit.loglik);
    if (finite && Math.abs(1 - best / fit.loglik) <= EPS) {
      best = fit.loglik;
      beta = newBeta;
      varScaled = flag > 0 ? 1 / fit.imat : 0;
      uScaled = fit.u;
      if (halving) flag = -2;
      converged = true;
      break;
    }
    if (!finite || fit.loglik < best) {
      halving++; // not improving: move back towards the last good beta
      newBeta = (newBeta + halving * beta) / (halving + 1.0);
    } else {
      halving = 0;
      best = fit.loglik;
      const step = cholSolve(fit.imat, fit.u);
      beta = newBeta;
      newBeta = newBeta + step;
    }
  }
  if (!converged) {
    // Ran out of iterations: report the last good beta, with u and imat recomputed there.
    fit = coxIteration(beta, fitData, riskOf);
    best = fit.loglik;
    varScaled = fit.imat > 0 ? 1 / fit.imat : 0;
    uScaled = fit.u;
    flag = 1000;
  }

  // Back to the original scale of x, then coxph.fit's checks.
  let coef = beta * scale;
  const u = uScaled / scale;
  const variance = varScaled * (scale * scale);
  const warnings: string[] = [];
  const infs = Math.abs(u * variance);
  if (flag === 1000) {
    warnings.push('Ran out of iterations and did not converge');
    let maxLp = -Infinity;
    for (const v of x) maxLp = Math.max(maxLp, v * coef - coef * mean);
    if (maxLp > 500 || !Number.isFinite(infs)) warnings.push('one or more coefficients may be infinite');
  } else if (!Number.isFinite(u) || (infs > EPS && infs > TOLER_INF * Math.abs(coef))) {
    warnings.push('Loglik converged before variable 1; coefficient may be infinite');
  }
  if (flag < 1 && variance === 0) coef = NaN; // R: which.sing, coefficient NA

  const se = Math.sqrt(variance);
  const z = coef / se;
  const q = normalQuantile(0.975, 0, 1);
  return {
    coefficient: coef,
    hazardRatio: Math.exp(coef),
    ci95Low: Math.exp(coef - q * se),
    ci95High: Math.exp(coef + q * se),
    se,
    z,
    pValue: chiSquareUpperTail(z * z, 1),
    iterations: converged ? iter : ITER_MAX + 1,
    converged: warnings.length === 0 && !Number.isNaN(coef),
    warnings,
    logLik: [loglik0, best],
  };
}

interface Sorted {
  status: Uint8Array;
  blockEnd: Uint32Array;
  /** Centred and scaled x, in sorted order. */
  x: Float64Array;
  /** When x takes few values: each subject's value index, and the values. */
  level?: Uint8Array;
  levels?: Float64Array;
}

/** At most this many distinct x values get one exp per value per iteration. */
const MAX_LEVELS = 16;

/** Adds `level`/`levels` to the data when x takes at most MAX_LEVELS distinct values. */
function withLevels(d: Sorted): Sorted {
  const values: number[] = [];
  const level = new Uint8Array(d.x.length);
  for (let p = 0; p < d.x.length; p++) {
    let l = values.indexOf(d.x[p]!);
    if (l < 0) {
      if (values.length === MAX_LEVELS) return d;
      l = values.push(d.x[p]!) - 1;
    }
    level[p] = l;
  }
  return { ...d, level, levels: Float64Array.from(values) };
}

/** One pass of coxfit6_iter for one covariate: log partial likelihood, score u and information imat. */
function coxIteration(beta: number, d: Sorted, riskOf: Float64Array): { loglik: number; u: number; imat: number } {
  const { x, status, blockEnd, level, levels } = d;
  if (level && levels) for (let l = 0; l < levels.length; l++) riskOf[l] = Math.exp(beta * levels[l]!);
  let loglik = 0;
  let u = 0;
  let imat = 0;
  let denom = 0; // sum of risk scores in the risk set
  let a = 0; // ... times x
  let cmat = 0; // ... times x²
  for (let b = blockEnd.length - 1; b >= 0; b--) {
    const start = b > 0 ? blockEnd[b - 1]! : 0;
    let ndead = 0;
    let denom2 = 0; // the same three sums over this time's deaths
    let a2 = 0;
    let cmat2 = 0;
    for (let person = blockEnd[b]! - 1; person >= start; person--) {
      const xi = x[person]!;
      const zbeta = beta * xi;
      const risk = level ? riskOf[level[person]!]! : Math.exp(zbeta);
      if (status[person] === 0) {
        denom += risk;
        a += risk * xi;
        cmat += risk * xi * xi;
      } else {
        ndead++;
        denom2 += risk;
        loglik += zbeta;
        u += xi;
        a2 += risk * xi;
        cmat2 += risk * xi * xi;
      }
    }
    if (ndead === 1) {
      denom += denom2;
      loglik -= Math.log(denom);
      a += a2;
      const mean = a / denom;
      u -= mean;
      cmat += cmat2;
      imat += (cmat - mean * a) / denom;
    } else if (ndead > 1) {
      // Efron: the tied deaths leave the risk set in ndead equal steps.
      for (let k = 0; k < ndead; k++) {
        denom += denom2 / ndead;
        loglik -= Math.log(denom);
        a += a2 / ndead;
        const mean = a / denom;
        u -= mean;
        cmat += cmat2 / ndead;
        imat += (cmat - mean * a) / denom;
      }
    }
  }
  return { loglik, u, imat };
}

/** cholesky2 on a 1×1 matrix: its rank (0 when the pivot is not finite or below toler.chol × itself). */
function cholRank(imat: number): number {
  const tol = imat > 0 ? imat * TOLER_CHOL : TOLER_CHOL;
  return Number.isFinite(imat) && imat >= tol ? 1 : 0;
}

/** cholesky2 then chsolve2 on 1×1: u / imat, or 0 for a singular pivot. */
function cholSolve(imat: number, u: number): number {
  return cholRank(imat) === 1 ? u / imat : 0;
}

function notEstimable(why: string): CoxResult {
  return {
    coefficient: NaN,
    hazardRatio: NaN,
    ci95Low: NaN,
    ci95High: NaN,
    se: NaN,
    z: NaN,
    pValue: NaN,
    iterations: 0,
    converged: false,
    warnings: [`coefficient not estimable: ${why}`],
    logLik: [NaN, NaN],
  };
}

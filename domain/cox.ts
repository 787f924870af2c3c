/**
 * Cox proportional hazards with one covariate and Efron ties, fitted as R's
 * `coxph(Surv(time, status) ~ x, ties = "efron")` fits it: a line-by-line port of survival's C routine
 * coxfit6 (3.5) for one variable, including its centring and scaling of x, step halving, convergence test
 * |1 − loglik_old / loglik_new| <= 1e-9, at most 20 iterations from beta = 0, and the warnings that
 * coxph.fit raises afterwards.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { type EventFlag, aeqSurv, checkSurvivalInput, chiSquareUpperTail } from './survival.js';

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
  if (!events.includes(1)) return notEstimable('there are no events');
  if (x.every((v) => v === x[0])) return notEstimable('the covariate is constant');

  const t = aeqSurv(times);
  const order = t.map((_, i) => i).sort((a, b) => t[a] - t[b]); // stable, as R's order(time)
  const data: Sorted = { time: order.map((i) => t[i]), status: order.map((i) => events[i]), x: order.map((i) => x[i]) };
  const n = data.x.length;

  // Centre and scale x unless it is all -1/0/1 (coxph's nocenter default).
  let mean = 0;
  let scale = 1;
  if (!data.x.every((v) => v === -1 || v === 0 || v === 1)) {
    for (const v of data.x) mean += v;
    mean /= n;
    let absSum = 0;
    for (let p = 0; p < n; p++) {
      data.x[p] -= mean;
      absSum += Math.abs(data.x[p]);
    }
    scale = absSum > 0 ? n / absSum : 1;
    for (let p = 0; p < n; p++) data.x[p] *= scale;
  }

  let beta = 0;
  let fit = coxIteration(beta, data);
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
    fit = coxIteration(newBeta, data);
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
    fit = coxIteration(beta, data);
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
    const maxLp = Math.max(...x.map((v) => v * coef - coef * mean));
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
  time: number[];
  status: number[];
  x: number[];
}

/** One pass of coxfit6_iter for one covariate: log partial likelihood, score u and information imat. */
function coxIteration(beta: number, d: Sorted): { loglik: number; u: number; imat: number } {
  let loglik = 0;
  let u = 0;
  let imat = 0;
  let denom = 0; // sum of risk scores in the risk set
  let a = 0; // ... times x
  let cmat = 0; // ... times x²
  for (let person = d.x.length - 1; person >= 0;) {
    const dtime = d.time[person];
    let ndead = 0;
    let denom2 = 0; // the same three sums over this time's deaths
    let a2 = 0;
    let cmat2 = 0;
    for (; person >= 0 && d.time[person] === dtime; person--) {
      const xi = d.x[person];
      const zbeta = beta * xi;
      const risk = Math.exp(zbeta);
      if (d.status[person] === 0) {
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

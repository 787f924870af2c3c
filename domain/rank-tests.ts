/**
 * Rank tests as R's `stats` package computes them: the Mann–Whitney (Wilcoxon rank sum) test with the
 * normal approximation, and the Kruskal–Wallis test. Pure functions, no I/O.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { chiSquareUpperTail } from './survival.js';

export interface MannWhitneyResult {
  /** R's W: the rank sum of `a` minus na(na + 1)/2 (the number of (a, b) pairs with a > b, ties counting ½). */
  statistic: number;
  pValue: number;
  method: string;
}

export interface KruskalWallisResult {
  /** The tie-corrected H statistic ("Kruskal-Wallis chi-squared"). */
  statistic: number;
  df: number;
  pValue: number;
  method: string;
}

/** R's `rank(x)` with ties.method = "average" (1-based). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Σ (t³ − t) over the sizes t of the groups of equal values. */
function tieSum(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let sum = 0;
  for (const t of counts.values()) sum += t ** 3 - t;
  return sum;
}

function checkFinite(values: readonly number[], what: string): void {
  if (values.length === 0) throw new RangeError(`${what}: needs at least one value`);
  if (!values.every(Number.isFinite)) throw new RangeError(`${what}: values must be finite numbers`);
}

/**
 * Two-sided Mann–Whitney test, as `wilcox.test(a, b, exact = FALSE, correct = TRUE)`: normal
 * approximation with the tie-corrected variance and a continuity correction of ½ towards 0.
 * p is NaN when every value is tied (R: NA).
 */
export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  checkFinite(a, 'mannWhitney a');
  checkFinite(b, 'mannWhitney b');
  const nx = a.length;
  const ny = b.length;
  const all = [...a, ...b];
  const r = averageRanks(all);
  let rankSumA = 0;
  for (let i = 0; i < nx; i++) rankSumA += r[i];
  const statistic = rankSumA - (nx * (nx + 1)) / 2;
  let z = statistic - (nx * ny) / 2;
  const sigma = Math.sqrt(((nx * ny) / 12) * (nx + ny + 1 - tieSum(r) / ((nx + ny) * (nx + ny - 1))));
  z = (z - Math.sign(z) * 0.5) / sigma;
  return {
    statistic,
    pValue: 2 * normalCdf(-Math.abs(z), 0, 1),
    method: 'Wilcoxon rank sum test with continuity correction',
  };
}

/** Kruskal–Wallis test, as `kruskal.test(groups)` (a list of ≥ 2 non-empty numeric vectors). */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  if (groups.length < 2) throw new RangeError('kruskalWallis needs at least two groups');
  groups.forEach((g, i) => checkFinite(g, `kruskalWallis group ${i}`));
  const all = groups.flat();
  const n = all.length;
  const r = averageRanks(all);
  let sum = 0;
  let offset = 0;
  for (const g of groups) {
    let rankSum = 0;
    for (let i = 0; i < g.length; i++) rankSum += r[offset + i];
    sum += rankSum ** 2 / g.length;
    offset += g.length;
  }
  const statistic = ((12 * sum) / (n * (n + 1)) - 3 * (n + 1)) / (1 - tieSum(all) / (n ** 3 - n));
  const df = groups.length - 1;
  return { statistic, df, pValue: chiSquareUpperTail(statistic, df), method: 'Kruskal-Wallis rank sum test' };
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coxPH } from '../../domain/cox.js';
import { rMedian, rQuantile7, splitByExpression } from '../../domain/expression-split.js';
import { kruskalWallis, mannWhitney } from '../../domain/rank-tests.js';
import { type EventFlag, chiSquareUpperTail, kaplanMeier, logRank } from '../../domain/survival.js';

// Reference values from R's survival package: test/fixtures/survival/reference.R writes reference.json.
const here = path.dirname(fileURLToPath(import.meta.url));
const special: Record<string, number> = { NaN: NaN, Inf: Infinity, '-Inf': -Infinity };
const ref: Reference = JSON.parse(
  readFileSync(path.join(here, '../fixtures/survival/reference.json'), 'utf8'),
  (_key, value: unknown) => (typeof value === 'string' && value in special ? special[value] : value),
);
/** The shared data folder beside the repository (as in CI), or RESISTKG_SHARED_DATA. */
const sharedData = process.env.RESISTKG_SHARED_DATA ?? path.join(here, '../../../shared/data');
const cohortCsv = path.join(sharedData, 'hcc-li2014-hepatoCellular.csv');

interface RKm {
  group?: number;
  n: number;
  events: number;
  time: number[];
  n_risk: number[];
  n_event: number[];
  n_censor: number[];
  surv: number[];
  lower95: (number | null)[];
  upper95: (number | null)[];
  median: number | null;
  quantile_median: number | null;
}
interface RSurvdiff {
  chisq: number;
  df: number;
  pvalue: number;
  observed: number[];
  expected: number[];
}
interface RCox {
  covariate: string;
  x?: number[];
  coef: number;
  exp_coef: number;
  se: number;
  z: number;
  p: number;
  lower95: number;
  upper95: number;
  iter: number;
  loglik: number[];
  warnings: string[];
}
interface RWilcox {
  a: number[];
  b: number[];
  W: number;
  p: number;
  method: string;
}
interface RKruskal {
  groups: number[][];
  statistic: number;
  df: number;
  p: number;
}
interface RDataset {
  name: string;
  time: number[];
  status: EventFlag[];
  group: number[];
  km_all: RKm;
  km: RKm[];
  survdiff: RSurvdiff;
  coxph: RCox[];
  wilcox: RWilcox;
  kruskal: RKruskal;
}
interface REndpoint {
  km_all: RKm;
  by_hbsag: { km: RKm[]; survdiff: RSurvdiff; coxph: RCox };
  by_cxcl17t_median: { km: RKm[]; survdiff: RSurvdiff; coxph: RCox };
  cxcl17t_continuous: RCox;
  by_cxcl17t_quartile: { survdiff: RSurvdiff };
}
interface Reference {
  survival_version: string;
  datasets: RDataset[];
  rank_tests: { mann_whitney: (RWilcox & { name: string })[]; kruskal: (RKruskal & { name: string })[] };
  cohort: {
    n: number;
    cxcl17t_median: number;
    cxcl17t_quartiles: number[];
    cxcl17t_median_group_sizes: number[];
    cxcl17t_quartile_group_sizes: number[];
    os: REndpoint;
    rfs: REndpoint;
    wilcox_cxcl17t_by_hbsag: { W: number; p: number; method: string };
    kruskal_os_by_cxcl17t_quartile: { statistic: number; df: number; p: number };
    kruskal_cxcl17p_by_cxcl17t_quartile: { statistic: number; df: number; p: number };
  };
}

/** |actual − expected| <= tol, or relative to |expected| when rel; infinities and NaN must match exactly. */
function expectClose(actual: number, expected: number, tol: number, what: string, rel = false): void {
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  const bound = rel ? tol * Math.abs(expected) : tol;
  expect(Math.abs(actual - expected), `${what}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(bound);
}

function checkKm(times: number[], events: EventFlag[], r: RKm, what: string): void {
  const km = kaplanMeier(times, events);
  expect(km.n).toBe(r.n);
  expect(km.events).toBe(r.events);
  expect(km.curve.map((p) => p.time)).toEqual(r.time);
  km.curve.forEach((p, i) => {
    expectClose(p.survival, r.surv[i], 1e-9, `${what} S(${p.time})`);
    expect(p.atRisk, `${what} at risk at ${p.time}`).toBe(r.n_risk[i]);
    expect(p.events, `${what} events at ${p.time}`).toBe(r.n_event[i]);
    expect(p.censored, `${what} censored at ${p.time}`).toBe(r.n_censor[i]);
    for (const k of ['lower95', 'upper95'] as const) {
      const ref = r[k][i] ?? null;
      if (ref === null) expect(p[k], `${what} ${k} at ${p.time}`).toBeNull();
      else expectClose(p[k]!, ref, 1e-9, `${what} ${k} at ${p.time}`);
    }
  });
  expect(km.medianSurvival, `${what} median`).toBe(r.median);
}

function checkLogRank(groups: { times: number[]; events: EventFlag[] }[], r: RSurvdiff, what: string): void {
  const lr = logRank(groups);
  expectClose(lr.chiSquare, r.chisq, 1e-6, `${what} chi-square`);
  expect(lr.df).toBe(r.df);
  expectClose(lr.pValue, r.pvalue, 1e-6, `${what} p`);
  lr.observed.forEach((o, i) => expect(o).toBe(r.observed[i]));
  lr.expected.forEach((e, i) => expectClose(e, r.expected[i], 1e-9, `${what} expected ${i}`));
}

function checkCox(times: number[], events: EventFlag[], x: number[], r: RCox, what: string): void {
  const fit = coxPH(times, events, x);
  expectClose(fit.coefficient, r.coef, 1e-4, `${what} coef`, true);
  expectClose(fit.hazardRatio, r.exp_coef, 1e-4, `${what} HR`, true);
  expectClose(fit.se, r.se, 1e-4, `${what} se`, true);
  expectClose(fit.z, r.z, 1e-4, `${what} z`, true);
  expectClose(fit.ci95Low, r.lower95, 1e-4, `${what} CI low`, true);
  expectClose(fit.ci95High, r.upper95, 1e-4, `${what} CI high`, true);
  expectClose(fit.pValue, r.p, 1e-4, `${what} p`);
  expect(fit.iterations, `${what} iterations`).toBe(r.iter);
  expectClose(fit.logLik[0], r.loglik[0], 1e-9, `${what} loglik(0)`, true);
  expectClose(fit.logLik[1], r.loglik[1], 1e-9, `${what} loglik`, true);
  expect(fit.converged, `${what} converged`).toBe(r.warnings.length === 0);
  expect(fit.warnings.length, `${what} warnings`).toBe(r.warnings.length);
}

function byGroup(times: number[], events: EventFlag[], group: number[]) {
  return [...new Set(group)]
    .sort((a, b) => a - b)
    .map((g) => ({
      times: times.filter((_, i) => group[i] === g),
      events: events.filter((_, i) => group[i] === g),
    }));
}

describe('survival statistics against R', () => {
  it(`uses reference values from survival ${ref.survival_version}`, () => {
    expect(ref.datasets.length).toBeGreaterThanOrEqual(7);
  });

  for (const d of ref.datasets) {
    describe(d.name, () => {
      const groups = byGroup(d.time, d.status, d.group);
      it('Kaplan–Meier curves and medians', () => {
        checkKm(d.time, d.status, d.km_all, `${d.name} all`);
        groups.forEach((g, i) => checkKm(g.times, g.events, d.km[i], `${d.name} group ${i}`));
      });
      it('log-rank test', () => checkLogRank(groups, d.survdiff, d.name));
      it('Cox regression (Efron)', () => {
        for (const c of d.coxph) checkCox(d.time, d.status, c.x ?? [], c, `${d.name} ~ ${c.covariate}`);
      });
      it('rank tests on the times', () => {
        const mw = mannWhitney(d.wilcox.a, d.wilcox.b);
        expectClose(mw.statistic, d.wilcox.W, 1e-9, 'W');
        expectClose(mw.pValue, d.wilcox.p, 1e-6, 'p');
        const kw = kruskalWallis(d.kruskal.groups);
        expectClose(kw.statistic, d.kruskal.statistic, 1e-9, 'H');
        expect(kw.df).toBe(d.kruskal.df);
        expectClose(kw.pValue, d.kruskal.p, 1e-6, 'p');
      });
    });
  }

  it('Mann–Whitney on tied, identical, tiny and separated samples', () => {
    for (const r of ref.rank_tests.mann_whitney) {
      const mw = mannWhitney(r.a, r.b);
      expectClose(mw.statistic, r.W, 1e-9, `${r.name} W`);
      expectClose(mw.pValue, r.p, 1e-6, `${r.name} p`);
      expect(mw.method).toBe(r.method);
    }
  });

  it('Kruskal–Wallis on tied samples with 2, 3 and 5 groups', () => {
    for (const r of ref.rank_tests.kruskal) {
      const kw = kruskalWallis(r.groups);
      expectClose(kw.statistic, r.statistic, 1e-9, `${r.name} H`);
      expect(kw.df).toBe(r.df);
      expectClose(kw.pValue, r.p, 1e-6, `${r.name} p`);
    }
  });

  it('reports a diverging Cox coefficient as R does, without throwing', () => {
    const d = ref.datasets.find((x) => x.name === 'group_without_events')!;
    const fit = coxPH(d.time, d.status, d.group);
    expect(fit.converged).toBe(false);
    expect(fit.warnings[0]).toMatch(/coefficient may be infinite/);
    expect(fit.coefficient).toBeLessThan(-15);
    expect(fit.ci95High).toBe(Infinity);
  });

  it('returns NaN (R: NA) for a Cox model without events or with a constant covariate', () => {
    for (const fit of [coxPH([1, 2, 3], [0, 0, 0], [0, 1, 1]), coxPH([1, 2, 3], [1, 0, 1], [2, 2, 2])]) {
      expect(fit.coefficient).toBeNaN();
      expect(fit.converged).toBe(false);
    }
  });

  it('log-rank edge cases follow survdiff: no deaths, a group with no one at risk at any death', () => {
    const none = logRank([
      { times: [1, 2], events: [0, 0] },
      { times: [3], events: [0] },
    ]);
    expect([none.chiSquare, none.df, none.pValue]).toEqual([0, -1, NaN]);
    const early = logRank([
      { times: [5, 6, 7], events: [1, 1, 0] },
      { times: [1, 2], events: [0, 0] },
    ]);
    expect([early.chiSquare, early.df, early.pValue]).toEqual([0, 0, 1]);
    // R stops here ("system is exactly singular"); we fall back to the generalised inverse.
    const singular = logRank([
      { times: [1, 1], events: [1, 1] },
      { times: [1], events: [1] },
    ]);
    expect([singular.chiSquare, singular.df]).toEqual([0, 0]);
    expect(() =>
      logRank([
        { times: [1], events: [1] },
        { times: [], events: [] },
      ]),
    ).toThrow(RangeError);
  });

  it('chi-square upper tail keeps precision for tiny p-values', () => {
    // pchisq(x, df, lower.tail = FALSE) in R.
    expectClose(chiSquareUpperTail(80, 1), 3.7440973842028994e-19, 1e-12, 'df 1', true);
    expectClose(chiSquareUpperTail(100, 4), 9.8366242246159821e-21, 1e-12, 'df 4', true);
    expectClose(chiSquareUpperTail(30, 7), 9.4959725081341848e-5, 1e-12, 'df 7', true);
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});

describe('splitByExpression tie rules', () => {
  const vals = (xs: number[]) => xs.map((value, i) => ({ id: `p${i}`, value }));
  const values = (r: ReturnType<typeof splitByExpression>) => r.groups.map((g) => g.members.map((m) => m.value));

  it('MEDIAN: a value equal to the median is low', () => {
    expect(values(splitByExpression(vals([5, 1, 3, 2, 4]), 'MEDIAN'))).toEqual([
      [1, 3, 2],
      [5, 4],
    ]);
    expect(values(splitByExpression(vals([1, 2, 2, 2, 3]), 'MEDIAN'))).toEqual([[1, 2, 2, 2], [3]]);
    const even = splitByExpression(vals([4, 1, 3, 2]), 'MEDIAN');
    expect(even.cutPoints).toEqual([2.5]);
    expect(even.groups.map((g) => g.label)).toEqual(['low', 'high']);
    expect(values(even)).toEqual([
      [1, 2],
      [4, 3],
    ]);
  });

  it('QUARTILES: type 7 cut points, a value equal to a cut point goes to the lower group', () => {
    const eight = splitByExpression(vals([1, 2, 3, 4, 5, 6, 7, 8]), 'QUARTILES');
    expect(eight.cutPoints).toEqual([2.75, 4.5, 6.25]);
    expect(values(eight)).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ]);
    const five = splitByExpression(vals([5, 4, 3, 2, 1]), 'QUARTILES');
    expect(five.cutPoints).toEqual([2, 3, 4]);
    expect(values(five)).toEqual([[2, 1], [3], [4], [5]]);
    const tied = splitByExpression(vals([1, 1, 1, 1, 2]), 'QUARTILES');
    expect(tied.groups.map((g) => g.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(values(tied)).toEqual([[1, 1, 1, 1], [], [], [2]]);
  });

  it('THRESHOLD: a value equal to the threshold is low', () => {
    const r = splitByExpression(vals([0.5, 1, 1.5]), 'THRESHOLD', 1);
    expect(values(r)).toEqual([[0.5, 1], [1.5]]);
    expect(() => splitByExpression(vals([1]), 'THRESHOLD')).toThrow(RangeError);
  });

  it('keeps ids and input order, and rejects non-finite values', () => {
    const r = splitByExpression(
      [
        { id: 7, value: 9 },
        { id: 3, value: 1 },
        { id: 5, value: 8 },
      ],
      'MEDIAN',
    );
    expect(r.groups[1].members.map((m) => m.id)).toEqual([7]);
    expect(r.groups[0].members.map((m) => m.id)).toEqual([3, 5]);
    expect(() => splitByExpression(vals([1, NaN]), 'MEDIAN')).toThrow(RangeError);
  });

  it("matches R's median and quantile on awkward fractions", () => {
    expect(rMedian([0.1, 0.2])).toBe(0.15000000000000002); // R: sprintf('%.17g', median(c(0.1, 0.2)))
    expect(rQuantile7([0.1, 0.7, 0.2], 0.25)).toBe(0.15000000000000002);
  });
});

describe('real HCC cohort (Li et al. 2014) against R', () => {
  if (!existsSync(cohortCsv)) {
    throw new Error(
      `${cohortCsv} is missing: the shared data folder must sit beside the repository (or set RESISTKG_SHARED_DATA)`,
    );
  }
  const lines = readFileSync(cohortCsv, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const col = (name: string) => rows.map((r) => Number(r[header.indexOf(name)]));
  const ids = rows.map((r) => r[header.indexOf('rownames')]);
  const hbsag = col('HBsAg');
  const cxcl = col('CXCL17T');
  const c = ref.cohort;
  const medianSplit = splitByExpression(
    ids.map((id, i) => ({ id, value: cxcl[i] })),
    'MEDIAN',
  );
  const high = new Set(medianSplit.groups[1].members.map((m) => m.id));
  const highX = ids.map((id) => (high.has(id) ? 1 : 0));
  const quartiles = splitByExpression(
    ids.map((id, i) => ({ id, value: cxcl[i] })),
    'QUARTILES',
  );

  it('splits CXCL17T at the same median and quartiles, with the same group sizes', () => {
    expect(rows.length).toBe(c.n);
    expect(medianSplit.cutPoints).toEqual([c.cxcl17t_median]);
    expect(medianSplit.groups.map((g) => g.members.length)).toEqual(c.cxcl17t_median_group_sizes);
    quartiles.cutPoints.forEach((q, i) => expectClose(q, c.cxcl17t_quartiles[i], 1e-12, `q${i + 1}`, true));
    expect(quartiles.groups.map((g) => g.members.length)).toEqual(c.cxcl17t_quartile_group_sizes);
  });

  for (const [name, timeCol, eventCol] of [
    ['os', 'OS', 'Death'],
    ['rfs', 'RFS', 'Recurrence'],
  ] as const) {
    it(`${name}: KM, log-rank and Cox by HBsAg, by CXCL17T median and quartile, and CXCL17T continuous`, () => {
      const r = c[name];
      const times = col(timeCol);
      const events = col(eventCol) as EventFlag[];
      checkKm(times, events, r.km_all, `${name} all`);
      const hb = byGroup(times, events, hbsag);
      hb.forEach((g, i) => checkKm(g.times, g.events, r.by_hbsag.km[i], `${name} HBsAg ${i}`));
      checkLogRank(hb, r.by_hbsag.survdiff, `${name} HBsAg`);
      checkCox(times, events, hbsag, r.by_hbsag.coxph, `${name} ~ HBsAg`);
      const md = byGroup(times, events, highX);
      md.forEach((g, i) => checkKm(g.times, g.events, r.by_cxcl17t_median.km[i], `${name} CXCL17T median ${i}`));
      checkLogRank(md, r.by_cxcl17t_median.survdiff, `${name} CXCL17T median`);
      checkCox(times, events, highX, r.by_cxcl17t_median.coxph, `${name} ~ CXCL17T high`);
      checkCox(times, events, cxcl, r.cxcl17t_continuous, `${name} ~ CXCL17T`);
      const index = new Map(ids.map((id, i) => [id, i]));
      const qGroups = quartiles.groups.map((g) => ({
        times: g.members.map((m) => times[index.get(m.id)!]),
        events: g.members.map((m) => events[index.get(m.id)!]),
      }));
      checkLogRank(qGroups, r.by_cxcl17t_quartile.survdiff, `${name} CXCL17T quartiles`);
    });
  }

  it('rank tests: CXCL17T by HBsAg, OS and CXCL17P across CXCL17T quartiles', () => {
    const mw = mannWhitney(
      cxcl.filter((_, i) => hbsag[i] === 1),
      cxcl.filter((_, i) => hbsag[i] === 0),
    );
    expectClose(mw.statistic, c.wilcox_cxcl17t_by_hbsag.W, 1e-9, 'W');
    expectClose(mw.pValue, c.wilcox_cxcl17t_by_hbsag.p, 1e-6, 'p');
    const index = new Map(ids.map((id, i) => [id, i]));
    for (const [colName, r] of [
      ['OS', c.kruskal_os_by_cxcl17t_quartile],
      ['CXCL17P', c.kruskal_cxcl17p_by_cxcl17t_quartile],
    ] as const) {
      const v = col(colName);
      const kw = kruskalWallis(quartiles.groups.map((g) => g.members.map((m) => v[index.get(m.id)!])));
      expectClose(kw.statistic, r.statistic, 1e-9, `${colName} H`);
      expect(kw.df).toBe(r.df);
      expectClose(kw.pValue, r.p, 1e-6, `${colName} p`);
    }
  });
});

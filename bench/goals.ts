/**
 * The goals of issues 15 (item 6) and 16 (§2), read from a run's results JSON: each figure with its
 * goal, this run's value and the previous run's (older result files lack some figures: `null`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The parts of a results JSON the goals read (every field optional: older runs lack some). */
export interface RunFigures {
  results?: Record<string, Record<string, { rps: number; p50: number; p95: number } | null | number> | undefined>;
  concurrency1?: Record<string, { ours?: { p50: number; p95: number } } | undefined>;
  cachedReads?: Record<string, { p95: number }>;
  load?: { seconds?: { total?: number } };
  loadedThisRun?: boolean;
  import?: {
    seconds: number | null;
    timedOutAfter?: number | null;
    error?: string;
    study?: { patients: number; genes: number; mutations: number };
  } | null;
  growth?: { kind: string; scale: string; band?: string; p50: number }[];
  settings?: { scale?: string };
}

export interface Goal {
  id: string;
  figure: string;
  goal: string;
  /** True when `value` meets the goal. */
  met: (value: number) => boolean;
  unit: 'ratio' | 'ms' | 's' | 'req/s';
  read: (run: RunFigures) => number | null;
}

const result = (run: RunFigures, scenario: string, server: string) => {
  const r = run.results?.[scenario]?.[server];
  return r && typeof r === 'object' ? r : null;
};
const overCeiling = (scenario: string) => (run: RunFigures) => {
  const ours = result(run, scenario, 'ours');
  const ceiling = result(run, scenario, 'ceiling');
  return ours && ceiling && ceiling.rps > 0 ? ours.rps / ceiling.rps : null;
};
const p95 = (scenario: string) => (run: RunFigures) => result(run, scenario, 'ours')?.p95 ?? null;

/** Today's survival throughput at 16 connections when issue 15 was written. */
const SURVIVAL_RPS_BEFORE = 6.1;

export const GOALS: readonly Goal[] = [
  ...(
    [
      ['geneByAlias', 'gene lookup by alias', 0.9],
      ['nestedTargets', 'nested target → drugs → evidence', 0.9],
      ['search', 'search typeahead', 0.9],
      ['resistancePaths', 'resistance paths', 0.95],
      ['combinationTherapies', 'combination therapies', 0.95],
      ['neighborhood', 'neighbourhood depth 2', 0.95],
      ['survival', 'cohort survival', 0.95],
    ] as const
  ).map(([scenario, title, min]): Goal => ({
    id: `${scenario}OverCeiling`,
    figure: `${title}: ours / ceiling req/s`,
    goal: `≥ ${min}`,
    met: (v) => v >= min,
    unit: 'ratio',
    read: overCeiling(scenario),
  })),
  {
    id: 'nestedOverNeo4jGraphql',
    figure: 'nested lookups: ours / @neo4j/graphql req/s',
    goal: '≥ 2',
    met: (v) => v >= 2,
    unit: 'ratio',
    read: (run) => {
      const ours = result(run, 'nestedTargets', 'ours');
      const other = result(run, 'nestedTargets', 'neo4jGraphql');
      return ours && other && other.rps > 0 ? ours.rps / other.rps : null;
    },
  },
  {
    id: 'resistancePathsP95',
    figure: 'resistance paths p95, c=16',
    goal: '< 100 ms',
    met: (v) => v < 100,
    unit: 'ms',
    read: p95('resistancePaths'),
  },
  {
    id: 'combinationsP95',
    figure: 'combination therapies p95, c=16',
    goal: '< 250 ms',
    met: (v) => v < 250,
    unit: 'ms',
    read: p95('combinationTherapies'),
  },
  {
    id: 'hubNeighborhoodP50',
    figure: 'neighbourhood depth 2 of a hub p50, c=1',
    goal: '< 100 ms',
    met: (v) => v < 100,
    unit: 'ms',
    // Runs before the c=1 measurement timed hubs one at a time in the growth study (degree 1000+).
    read: (run) =>
      run.concurrency1?.hubNeighborhood?.ours?.p50 ??
      run.growth?.find((g) => g.kind === 'degree' && g.scale === run.settings?.scale && g.band === '1000+')?.p50 ??
      null,
  },
  {
    id: 'searchP95c1',
    figure: 'search typeahead p95, c=1',
    goal: '< 30 ms',
    met: (v) => v < 30,
    unit: 'ms',
    read: (run) => run.concurrency1?.search?.ours?.p95 ?? null,
  },
  {
    id: 'cachedP95',
    figure: 'repeated read with the response cache p95, c=1 (worst scenario)',
    goal: '< 20 ms',
    met: (v) => v < 20,
    unit: 'ms',
    read: (run) => {
      const all = Object.values(run.cachedReads ?? {}).map((r) => r.p95);
      return all.length ? Math.max(...all) : null;
    },
  },
  {
    id: 'loadSeconds',
    figure: 'load of the graph into an empty database',
    goal: '< 60 s',
    met: (v) => v < 60,
    unit: 's',
    read: (run) => run.load?.seconds?.total ?? null,
  },
  {
    id: 'survivalP50c1',
    figure: 'cohort survival p50, c=1',
    goal: '< 100 ms',
    met: (v) => v < 100,
    unit: 'ms',
    read: (run) => run.concurrency1?.survival?.ours?.p50 ?? null,
  },
  {
    id: 'survivalRps',
    figure: 'survival throughput, c=16',
    goal: `≥ ${10 * SURVIVAL_RPS_BEFORE} req/s (10 × ${SURVIVAL_RPS_BEFORE})`,
    met: (v) => v >= 10 * SURVIVAL_RPS_BEFORE,
    unit: 'req/s',
    read: (run) => result(run, 'survival', 'ours')?.rps ?? null,
  },
  {
    id: 'importSeconds',
    figure: 'import of a 10,000-patient study (500 genes, 100,000 mutations)',
    goal: '< 60 s',
    met: (v) => v < 60,
    unit: 's',
    // An import stopped unfinished counts as its time limit (a lower bound: the table says "> ").
    read: (run) => run.import?.seconds ?? run.import?.timedOutAfter ?? null,
  },
];

export interface GoalRow {
  id: string;
  figure: string;
  goal: string;
  measured: number | null;
  previous: number | null;
  met: boolean | null;
  /** The measured value is a lower bound (the import was stopped unfinished). */
  atLeast?: boolean;
  /** The measurement failed (the import ended in an error): missed, with no value. */
  failed?: boolean;
}

export function goalRows(run: RunFigures, previous: RunFigures | null): GoalRow[] {
  return GOALS.map((g) => {
    const measured = g.read(run);
    // A quick run imports a smaller study: its time is shown, but it is not the goal's study.
    const study = g.id === 'importSeconds' ? run.import?.study : undefined;
    const smaller = study !== undefined && study.patients < 10_000;
    const failed = g.id === 'importSeconds' && Boolean(run.import?.error);
    return {
      id: g.id,
      figure: smaller
        ? `import of a ${study.patients.toLocaleString('en')}-patient study (${study.genes} genes, ${study.mutations.toLocaleString('en')} mutations)`
        : g.figure,
      goal: g.goal,
      measured: measured === null ? null : round(measured, g.unit),
      previous: previous ? nullable(g.read(previous), g.unit) : null,
      met: failed ? false : measured === null || smaller ? null : g.met(measured),
      ...(failed ? { failed } : {}),
      ...(g.id === 'importSeconds' && run.import?.seconds == null && run.import?.timedOutAfter
        ? { atLeast: true }
        : {}),
    };
  });
}

const nullable = (v: number | null, unit: Goal['unit']) => (v === null ? null : round(v, unit));
function round(v: number, unit: Goal['unit']): number {
  const digits = unit === 'ratio' ? 100 : 10;
  return Math.round(v * digits) / digits;
}

/**
 * The results file of the previous run at the same scale (a quick run's is a quick run's), newest
 * first by name (names start with the date), or null.
 */
export function previousResults(dir: string, scale: string, quick: boolean): { file: string; run: RunFigures } | null {
  const suffix = `-${scale}${quick ? '-quick' : ''}.json`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const file = names
    .filter((n) => n.endsWith(suffix))
    .sort()
    .at(-1);
  if (!file) return null;
  return { file, run: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as RunFigures };
}

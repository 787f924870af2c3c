import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goalRows, previousResults, type RunFigures } from '../../bench/goals.js';
import { studySample, writeStudy } from '../../bench/study.js';
import { readMaf } from '../../seed/importers/maf.js';
import { readTable } from '../../seed/importers/cbioportal-table.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'bench-goals-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const load = (rps: number, p50: number, p95: number) => ({ rps, p50, p95 });

describe('benchmark goals', () => {
  const run: RunFigures = {
    settings: { scale: 'primekg' },
    results: {
      nestedTargets: { ours: load(900, 10, 20), ceiling: load(1000, 9, 18), neo4jGraphql: load(400, 30, 60) },
      resistancePaths: { ours: load(150, 50, 120), ceiling: load(150, 50, 110) },
      survival: { ours: load(70, 200, 300), ceiling: load(80, 180, 250) },
    },
    concurrency1: { hubNeighborhood: { ours: { p50: 80, p95: 120 } }, search: { ours: { p50: 10, p95: 31 } } },
    cachedReads: { geneByAlias: { p95: 3 }, survival: { p95: 25 } },
    load: { seconds: { total: 59.9 } },
    import: { seconds: null, timedOutAfter: 1200, study: { patients: 10_000, genes: 500, mutations: 100_000 } },
  };
  const previous: RunFigures = {
    settings: { scale: 'primekg' },
    results: { survival: { ours: load(6.1, 2534, 3133), ceiling: load(4.9, 2991, 3146) } },
    growth: [{ kind: 'degree', scale: 'primekg', band: '1000+', p50: 106 }],
  };
  const rows = Object.fromEntries(goalRows(run, previous).map((r) => [r.id, r]));

  it('reads ratios, latencies and times, and says which goals are met', () => {
    expect(rows.nestedTargetsOverCeiling).toMatchObject({ measured: 0.9, met: true });
    expect(rows.nestedOverNeo4jGraphql).toMatchObject({ measured: 2.25, met: true });
    expect(rows.resistancePathsP95).toMatchObject({ measured: 120, met: false });
    expect(rows.hubNeighborhoodP50).toMatchObject({ measured: 80, previous: 106, met: true });
    expect(rows.searchP95c1).toMatchObject({ measured: 31, met: false });
    expect(rows.cachedP95).toMatchObject({ measured: 25, met: false });
    expect(rows.loadSeconds).toMatchObject({ measured: 59.9, met: true });
    expect(rows.survivalRps).toMatchObject({ measured: 70, previous: 6.1, met: true });
    expect(rows.survivalOverCeiling).toMatchObject({ measured: 0.88, previous: 1.24, met: false });
  });

  it('shows a figure the run lacks as null, never as met', () => {
    expect(rows.combinationsP95).toMatchObject({ measured: null, previous: null, met: null });
    expect(rows.survivalP50c1).toMatchObject({ measured: null, met: null });
  });

  it('counts an import stopped unfinished as at least its time limit, and missed', () => {
    expect(rows.importSeconds).toMatchObject({ measured: 1200, met: false, atLeast: true });
  });

  it('counts a failed import as missed', () => {
    const failed = goalRows({ import: { seconds: null, timedOutAfter: null, error: 'DATABASE_UNAVAILABLE' } }, null);
    expect(failed.find((r) => r.id === 'importSeconds')).toMatchObject({ measured: null, met: false, failed: true });
  });

  it('does not judge a smaller study against the import goal', () => {
    const quick = goalRows({ import: { seconds: 5, study: { patients: 1000, genes: 50, mutations: 10_000 } } }, null);
    expect(quick.find((r) => r.id === 'importSeconds')).toMatchObject({ measured: 5, met: null });
  });

  it('finds the newest previous run of the same scale and kind', () => {
    const dir = tmp();
    for (const name of [
      '2026-11-30T02-17-23-352Z-primekg.json',
      '2026-12-01T00-00-00-000Z-primekg.json',
      '2026-12-02T00-00-00-000Z-primekg-quick.json',
      '2026-12-03T00-00-00-000Z-small-quick.json',
    ])
      writeFileSync(path.join(dir, name), JSON.stringify({ settings: { scale: name } }));
    expect(previousResults(dir, 'primekg', false)?.file).toBe('2026-12-01T00-00-00-000Z-primekg.json');
    expect(previousResults(dir, 'small', true)?.file).toBe('2026-12-03T00-00-00-000Z-small-quick.json');
    expect(previousResults(dir, 'medium', false)).toBeNull();
  });
});

describe('the generated import study', () => {
  const shape = { patients: 40, genes: 6, mutations: 300, seed: 15 };

  it('is the same bytes for the same shape', () => {
    const [a, b] = [tmp(), tmp()];
    const x = writeStudy(a, shape);
    const y = writeStudy(b, shape);
    for (const f of ['data_clinical_patient.txt', 'data_mrna_seq_v2_rsem.txt', 'data_mutations.txt'])
      expect(readFileSync(path.join(x.studyDir, f), 'utf8')).toBe(readFileSync(path.join(y.studyDir, f), 'utf8'));
  });

  it('has the shape asked for, and every mutation row is one the MAF reader accepts', () => {
    const { studyDir, hgncFile } = writeStudy(tmp(), shape);
    expect(readTable(path.join(studyDir, 'data_clinical_patient.txt')).rows).toHaveLength(40);
    const matrix = readTable(path.join(studyDir, 'data_mrna_seq_v2_rsem.txt'));
    expect(matrix.rows).toHaveLength(6);
    expect(matrix.header).toHaveLength(2 + 40);
    const samples = new Map(Array.from({ length: 40 }, (_, i) => [studySample(i), {}]));
    const problems: string[] = [];
    const maf = readMaf(path.join(studyDir, 'data_mutations.txt'), samples, problems);
    expect(problems).toEqual([]);
    expect(maf.skippedRows).toEqual([]);
    expect(maf.calls).toHaveLength(300);
    expect(readFileSync(hgncFile, 'utf8').trim().split('\n')).toHaveLength(1 + 6);
  });
});

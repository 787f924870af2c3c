/**
 * Cohorts end to end: the cBioPortal-format fixture is imported, the API's survival numbers are
 * compared with what R's survival package computed on the same files (reference.R), and the
 * patients of each group, fetched through the API, are the ones R put there.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { importCbioportal } from '../../seed/importers/cbioportal.js';
import { ImportError } from '../../seed/importers/lines.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

const FIXTURE = new URL('../fixtures/cbioportal/hcc_fixture', import.meta.url).pathname;
const R = JSON.parse(readFileSync(new URL('../fixtures/cbioportal/reference.json', import.meta.url), 'utf8'));
const COHORT = 'RESISTKG:cohort-hcc_fixture_2025';
let db: Database;
let app: App;
beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  await importCbioportal(db, FIXTURE);
});
afterAll(async () => {
  await app.apollo.stop();
  await db.close();
});

const SURVIVAL = `query($id: ID!, $split: SplitMethod, $endpoint: Endpoint, $filter: PatientFilter) { cohort(id: $id) {
  survival(gene: "CAV1", split: $split, endpoint: $endpoint, filter: $filter) {
    excluded cutPoints groups { label n events medianSurvival patientIds curve { time survival atRisk events censored } }
    logRank { chiSquare df pValue } cox { hazardRatio ci95Low ci95High pValue } } } }`;

describe('survival agrees with R', () => {
  it.each([
    ['os_median', { split: 'MEDIAN', endpoint: 'OS' }],
    ['rfs_median', { split: 'MEDIAN', endpoint: 'RFS' }],
    ['os_quartiles', { split: 'QUARTILES', endpoint: 'OS' }],
    ['os_median_hbv_positive', { split: 'MEDIAN', endpoint: 'OS', filter: { hbvStatus: 'POSITIVE' } }],
  ])('%s', async (name, vars) => {
    const ref = R[name];
    const r = await gql(app, SURVIVAL, { id: COHORT, ...vars });
    expect(r.errors).toBeUndefined();
    const s = r.data.cohort.survival;
    expect(Math.abs(s.logRank.chiSquare - ref.chiSquare)).toBeLessThan(1e-6);
    expect(s.logRank.df).toBe(ref.df);
    expect(Math.abs(s.logRank.pValue - ref.pValue)).toBeLessThan(1e-6);
    expect(Math.abs(s.cox.hazardRatio / ref.hazardRatio - 1)).toBeLessThan(1e-4);
    expect(Math.abs(s.cox.ci95Low / ref.ci95Low - 1)).toBeLessThan(1e-4);
    expect(Math.abs(s.cox.ci95High / ref.ci95High - 1)).toBeLessThan(1e-4);
    expect(Math.abs(s.cox.pValue - ref.coxPValue)).toBeLessThan(1e-6);
    const nonEmpty = s.groups.filter((g: any) => g.n > 0);
    expect(nonEmpty.map((g: any) => g.n)).toEqual(ref.groupSizes);
    expect([...nonEmpty.at(-1).patientIds].sort()).toEqual([...ref.topGroupIds].sort());
    for (const g of s.groups) {
      if (!g.n) continue;
      expect(g.curve[0].atRisk).toBe(g.n);
      expect(g.curve.reduce((sum: number, p: any) => sum + p.events, 0)).toBe(g.events);
    }
  });
});

describe('the imported study', () => {
  it('maps the cBioPortal columns, reports unknown genes, and is idempotent', async () => {
    const r = await gql(
      app,
      `query($id: ID!) { cohort(id: $id) { name accession synthetic patientCount panelSymbols unknownGenes
      patients(first: 2, filter: { hbvStatus: POSITIVE }) { totalCount edges { node { id hbvStatus osMonths osEvent rfsMonths rfsEvent sex stage
        samples { id type expression(genes: ["HGNC:1527", "HGNC:905", "HGNC:0"]) { geneId value } } } } } } }`,
      { id: COHORT },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.cohort;
    expect(c).toMatchObject({
      accession: 'hcc_fixture_2025',
      synthetic: true,
      patientCount: 80,
      panelSymbols: ['CAV1', 'AXL', 'FGFR4', 'STAT3'],
      unknownGenes: ['NOTAREALGENE'],
    });
    expect(c.patients.totalCount).toBeGreaterThanOrEqual(R.os_median_hbv_positive.n);
    const p = c.patients.edges[0].node;
    expect(p).toMatchObject({ hbvStatus: 'POSITIVE', sex: expect.stringMatching(/MALE|FEMALE/) });
    expect([0, 1]).toContain(p.osEvent);
    expect(p.samples[0].type).toBe('TUMOR');
    expect(p.samples[0].expression.map((e: any) => e.geneId)).toEqual(['HGNC:1527', 'HGNC:905', 'HGNC:0']);
    expect(p.samples[0].expression[2].value).toBeNull();
    const before = await db.read('MATCH (n) WHERE n:Patient OR n:Sample OR n:Cohort RETURN count(n) AS n');
    await importCbioportal(db, FIXTURE);
    expect(await db.read('MATCH (n) WHERE n:Patient OR n:Sample OR n:Cohort RETURN count(n) AS n')).toEqual(before);
  });

  it('refuses a broken study with file and line numbers, writing nothing', async () => {
    const err = await importCbioportal(db, new URL('../fixtures/cbioportal/bad_study', import.meta.url).pathname).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/data_clinical_patient.txt line 3: OS_MONTHS "-3"/);
    expect(err.message).toMatch(/data_clinical_patient.txt line 4: OS_STATUS "MAYBE"/);
    expect(err.message).toMatch(/data_clinical_sample.txt line 3: patient P9/);
    expect(err.message).toMatch(/S9 "high" is not a number/);
  });

  it('answers typed errors for a gene outside the panel and a threshold split without a threshold', async () => {
    const out = await gql(app, `{ cohort(id: "${COHORT}") { survival(gene: "KRAS") { excluded } } }`);
    expect(out.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    const thr = await gql(app, `{ cohort(id: "${COHORT}") { survival(gene: "CAV1", split: THRESHOLD) { excluded } } }`);
    expect(thr.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threshold' });
  });
});

describe('the synthetic HCC cohort of the seed', () => {
  it('is labelled synthetic and shaped like the paper: CAV1-high HBV+ patients fare worse, non-responders have more CAV1', async () => {
    const r = await gql(
      app,
      `{ cohorts { id synthetic name patientCount
      hbv: survival(gene: "CAV1", filter: { hbvStatus: POSITIVE }) { cox { hazardRatio pValue } }
      cmp: expressionComparison(gene: "CAV1", groupBy: RESPONDER) { groups { label n median } test { pValue } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const seedCohort = r.data.cohorts.find((c: any) => c.id === 'RESISTKG:cohort-synthetic-hcc');
    expect(seedCohort).toMatchObject({ synthetic: true, patientCount: 300 });
    expect(seedCohort.name).toMatch(/synthetic/i);
    expect(seedCohort.hbv.cox.hazardRatio).toBeGreaterThan(1.5);
    expect(seedCohort.hbv.cox.pValue).toBeLessThan(0.01);
    const [no, yes] = seedCohort.cmp.groups;
    expect(no.label).toBe('false');
    expect(no.median).toBeGreaterThan(yes.median);
  });
});

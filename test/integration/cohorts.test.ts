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

const SURVIVAL = `query($id: ID!, $split: SplitMethod, $endpoint: String, $filter: [AttributeCondition!]) { cohort(id: $id) {
  survival(groupBy: { expression: { gene: "CAV1", split: $split } }, endpoint: $endpoint, filter: $filter) {
    excluded cutPoints groups { label n events medianSurvival patientIds curve { time survival atRisk events censored lower95 upper95 } }
    logRank { chiSquare df pValue } cox { hazardRatio ci95Low ci95High pValue } } } }`;

describe('survival agrees with R', () => {
  it.each([
    ['os_median', { split: 'MEDIAN', endpoint: 'OS' }],
    ['rfs_median', { split: 'MEDIAN', endpoint: 'DFS' }],
    ['os_quartiles', { split: 'QUARTILES', endpoint: 'OS' }],
    [
      'os_median_hbv_positive',
      { split: 'MEDIAN', endpoint: 'OS', filter: [{ attribute: 'HBV_STATUS', equals: 'Positive' }] },
    ],
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
      for (const p of g.curve.filter((p: any) => p.survival > 0))
        expect(p.lower95 <= p.survival && p.survival <= p.upper95).toBe(true);
    }
  });
});

describe('the imported study', () => {
  it('declares every clinical column and the endpoints, reads meta_study.txt, reports unknown genes, and is idempotent', async () => {
    const r = await gql(
      app,
      `query($id: ID!) { cohort(id: $id) { name accession synthetic patientCount panelSymbols unknownGenes
      referenceGenome citation licence
      endpoints { id timeAttribute eventAttribute } attributes { id name description datatype level }
      patients(first: 2, filter: [{ attribute: "HBV_STATUS", equals: "POSITIVE" }]) { totalCount edges { node { id
        hbv: attribute(id: "HBV_STATUS") { value } os: attribute(id: "OS_MONTHS") { number }
        status: attribute(id: "OS_STATUS") { number } none: attribute(id: "NOPE") { value }
        attributes { attribute { id } value }
        samples { id type timepoint attributes { attribute { id level } value }
          expression(genes: ["HGNC:1527", "HGNC:905", "HGNC:0"]) { geneId value } } } } } } }`,
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
      referenceGenome: 'hg19',
      citation: 'Synthetic fixture (resistkg)',
      licence: 'CC0 (generated test data)',
      endpoints: [
        { id: 'OS', timeAttribute: 'OS_MONTHS', eventAttribute: 'OS_STATUS' },
        { id: 'DFS', timeAttribute: 'DFS_MONTHS', eventAttribute: 'DFS_STATUS' },
      ],
    });
    const attributes = Object.fromEntries(c.attributes.map((a: any) => [a.id, a]));
    expect(Object.keys(attributes)).toEqual([
      'AGE',
      'SEX',
      'HBV_STATUS',
      'BCLC_STAGE',
      'TREATMENT',
      'RESPONDER',
      'OS_MONTHS',
      'OS_STATUS',
      'DFS_MONTHS',
      'DFS_STATUS',
      'SAMPLE_TYPE',
      'SAMPLE_TIMEPOINT',
    ]);
    expect(attributes.AGE).toMatchObject({
      name: 'Age',
      description: 'Age at diagnosis',
      datatype: 'NUMBER',
      level: 'PATIENT',
    });
    expect(attributes.OS_STATUS).toMatchObject({ datatype: 'NUMBER', level: 'PATIENT' });
    expect(attributes.SAMPLE_TIMEPOINT).toMatchObject({ datatype: 'STRING', level: 'SAMPLE' });
    expect(c.patients.totalCount).toBeGreaterThanOrEqual(R.os_median_hbv_positive.n);
    const p = c.patients.edges[0].node;
    expect(p.hbv.value).toBe('Positive');
    expect(p.none).toBeNull();
    expect([0, 1]).toContain(p.status.number);
    expect(typeof p.os.number).toBe('number');
    expect(p.attributes).toHaveLength(10);
    expect(p.samples[0].type).toBe('TUMOR');
    expect(['PRE_TREATMENT', 'PROGRESSION', null]).toContain(p.samples[0].timepoint);
    expect(p.samples[0].attributes.map((a: any) => a.attribute.id)).toEqual(['SAMPLE_TYPE', 'SAMPLE_TIMEPOINT']);
    expect(p.samples[0].expression.map((e: any) => e.geneId)).toEqual(['HGNC:1527', 'HGNC:905', 'HGNC:0']);
    expect(p.samples[0].expression[2].value).toBeNull();
    const count = 'MATCH (n) WHERE n:Patient OR n:Sample OR n:Cohort OR n:ClinicalColumn RETURN count(n) AS n';
    const before = await db.read(count);
    const again = await importCbioportal(db, FIXTURE);
    expect(again.skipped).toEqual([]);
    expect(await db.read(count)).toEqual(before);
  });

  it('filters by any attribute: equals, in, range and missing', async () => {
    const q = `query($id: ID!, $f: [AttributeCondition!]) { cohort(id: $id) { patients(first: 100, filter: $f) { totalCount
      edges { node { age: attribute(id: "AGE") { number } stage: attribute(id: "BCLC_STAGE") { value } r: attribute(id: "RESPONDER") { value } } } } } }`;
    const total = async (f: unknown) => {
      const r = await gql(app, q, { id: COHORT, f });
      expect(r.errors).toBeUndefined();
      return r.data.cohort.patients;
    };
    const old = await total([
      { attribute: 'AGE', min: 60 },
      { attribute: 'BCLC_STAGE', in: ['BCLC-B', 'BCLC-C'] },
    ]);
    expect(old.totalCount).toBeGreaterThan(0);
    for (const { node } of old.edges) {
      expect(node.age.number).toBeGreaterThanOrEqual(60);
      expect(['BCLC-B', 'BCLC-C']).toContain(node.stage.value);
    }
    const unknown = await total([{ attribute: 'RESPONDER', missing: true }]);
    const known = await total([{ attribute: 'RESPONDER', missing: false }]);
    expect(unknown.totalCount + known.totalCount).toBe(80);
    expect(unknown.edges.every((e: any) => e.node.r.value === null)).toBe(true);
    // A sample-level attribute counts for the patient through its sample (11 samples at progression).
    expect((await total([{ attribute: 'SAMPLE_TIMEPOINT', equals: 'progression' }])).totalCount).toBe(11);
    const bad = await gql(app, q, { id: COHORT, f: [{ attribute: 'HBV', equals: 'x' }] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
    const two = await gql(app, q, { id: COHORT, f: [{ attribute: 'AGE', equals: '60', min: 1 }] });
    expect(two.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
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

  it('answers typed errors for a gene outside the panel, a threshold split without a threshold, an undeclared endpoint or attribute', async () => {
    const ask = (args: string) => gql(app, `{ cohort(id: "${COHORT}") { survival(${args}) { excluded } } }`);
    const out = await ask('groupBy: { expression: { gene: "KRAS" } }');
    expect(out.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    const thr = await ask('groupBy: { expression: { gene: "CAV1", split: THRESHOLD } }');
    expect(thr.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threshold' });
    const pfs = await ask('groupBy: { attribute: { attribute: "SEX" } }, endpoint: "PFS"');
    expect(pfs.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endpoint' });
    const attr = await ask('groupBy: { attribute: { attribute: "HBSAG" } }');
    expect(attr.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy.attribute' });
    const both = await ask('groupBy: { attribute: { attribute: "SEX" }, expression: { gene: "CAV1" } }');
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
  });

  it('groups survival by an attribute, as R would with that factor', async () => {
    const r = await gql(
      app,
      `{ cohort(id: "${COHORT}") {
        all: survival(groupBy: { attribute: { attribute: "HBV_STATUS" } }) { attribute excluded groups { label n } logRank { df } cox { hazardRatio } }
        two: survival(groupBy: { attribute: { attribute: "BCLC_STAGE", values: ["BCLC-C", "BCLC-A"] } }) { groups { label n } cox { hazardRatio } }
        three: survival(groupBy: { attribute: { attribute: "BCLC_STAGE" } }) { groups { label } logRank { df } cox { hazardRatio } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const { all, two, three } = r.data.cohort;
    expect(all.attribute).toBe('HBV_STATUS');
    expect(all.groups.map((g: any) => g.label)).toEqual(['Negative', 'Positive']);
    expect(all.groups.reduce((n: number, g: any) => n + g.n, 0) + all.excluded).toBe(80);
    expect(all.logRank.df).toBe(1);
    expect(all.cox.hazardRatio).toBeGreaterThan(0);
    expect(two.groups.map((g: any) => g.label)).toEqual(['BCLC-C', 'BCLC-A']);
    expect(three.groups.map((g: any) => g.label)).toEqual(['BCLC-A', 'BCLC-B', 'BCLC-C']);
    expect(three.logRank.df).toBe(2);
    expect(three.cox).toBeNull();
  });
});

describe('the synthetic HCC cohort of the seed', () => {
  it('is labelled synthetic and shaped like the paper: CAV1-high HBV+ patients fare worse, non-responders have more CAV1', async () => {
    const r = await gql(
      app,
      `{ cohorts { id synthetic name patientCount }
      cohort(id: "RESISTKG:cohort-synthetic-hcc") {
      hbv: survival(groupBy: { expression: { gene: "CAV1" } }, filter: [{ attribute: "HBV_STATUS", equals: "POSITIVE" }]) { cox { hazardRatio pValue } }
      cmp: expressionComparison(gene: "CAV1", groupBy: "RESPONDER") { groups { label n median } test { pValue } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const listed = r.data.cohorts.find((c: any) => c.id === 'RESISTKG:cohort-synthetic-hcc');
    expect(listed).toMatchObject({ synthetic: true, patientCount: 300 });
    expect(listed.name).toMatch(/synthetic/i);
    const seedCohort = r.data.cohort;
    expect(seedCohort.hbv.cox.hazardRatio).toBeGreaterThan(1.5);
    expect(seedCohort.hbv.cox.pValue).toBeLessThan(0.01);
    const [no, yes] = seedCohort.cmp.groups;
    expect(no.label).toBe('false');
    expect(no.median).toBeGreaterThan(yes.median);
  });
});

/**
 * The real Li et al. 2014 HCC cohort (../shared/data, CC0) loads as it is through the generic
 * clinical importer and the shipped mapping, and its survival by HBsAg, asked through the API,
 * equals what R's survival package computed (test/fixtures/survival/reference.R → reference.json).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { importClinical } from '../../seed/importers/clinical.js';
import { ImportError } from '../../seed/importers/lines.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const sharedData = process.env.RESISTKG_SHARED_DATA ?? path.join(here, '../../../shared/data');
const CSV = path.join(sharedData, 'hcc-li2014-hepatoCellular.csv');
const MAPPING = path.join(here, '../../seed/mappings/hcc-li2014.yaml');
const R = JSON.parse(readFileSync(new URL('../fixtures/survival/reference.json', import.meta.url), 'utf8')).cohort;
const COHORT = 'RESISTKG:cohort-hcc_li2014';

let db: Database;
let app: App;
beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
});
afterAll(async () => {
  await app.apollo.stop();
  await db.close();
});

const close = (actual: number, expected: number, tol: number, what: string) =>
  expect(Math.abs(actual - expected), `${what}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(tol);

const BY_HBSAG = `query($id: ID!, $endpoint: String!) { cohort(id: $id) {
  survival(groupBy: { attribute: { attribute: "HBsAg" } }, endpoint: $endpoint) {
    attribute excluded groups { label n events medianSurvival curve { time survival atRisk events censored lower95 upper95 } }
    logRank { chiSquare df pValue } cox { hazardRatio ci95Low ci95High pValue } } } }`;

describe('the Li et al. 2014 cohort through the mapping', () => {
  it('loads all 227 patients with every column as an attribute, and a reload changes nothing', async () => {
    const result = await importClinical(db, CSV, MAPPING);
    expect(result).toMatchObject({ cohortId: COHORT, patients: 227, endpoints: ['OS', 'RFS'], skipped: ['rownames'] });
    const r = await gql(
      app,
      `query($id: ID!) { cohort(id: $id) { synthetic licence citation patientCount endpoints { id timeAttribute eventAttribute }
        attributes { id datatype level }
        patients(first: 1) { edges { node { sourceId hbsag: attribute(id: "HBsAg") { value number } } } } } }`,
      { id: COHORT },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.cohort;
    expect(c).toMatchObject({ synthetic: false, licence: 'CC0', patientCount: 227 });
    expect(c.citation).toMatch(/PLoS ONE 2014/);
    expect(c.endpoints).toEqual([
      { id: 'OS', timeAttribute: 'OS', eventAttribute: 'Death' },
      { id: 'RFS', timeAttribute: 'RFS', eventAttribute: 'Recurrence' },
    ]);
    const header = readFileSync(CSV, 'utf8').split('\n')[0]!.split(',');
    expect(c.attributes.map((a: any) => a.id)).toEqual(header.filter((h) => h !== 'rownames' && h !== 'Number'));
    expect(c.attributes.every((a: any) => a.level === 'PATIENT' && a.datatype === 'NUMBER')).toBe(true);
    expect(c.patients.edges[0].node).toMatchObject({ sourceId: '1', hbsag: { value: '1', number: 1 } });
    const count = `MATCH (n) WHERE (n:Patient OR n:ClinicalColumn OR n:Cohort) AND coalesce(n.cohortId, n.id) = $id RETURN count(n) AS n`;
    const before = await db.read(count, { id: COHORT });
    await importClinical(db, CSV, MAPPING);
    expect(await db.read(count, { id: COHORT })).toEqual(before);
  });

  it.each(['os', 'rfs'])('%s by HBsAg equals R (log-rank 1e-6, hazard ratio and CI 1e-4, curves)', async (endpoint) => {
    const ref = R[endpoint].by_hbsag;
    const r = await gql(app, BY_HBSAG, { id: COHORT, endpoint: endpoint.toUpperCase() });
    expect(r.errors).toBeUndefined();
    const s = r.data.cohort.survival;
    expect(s.attribute).toBe('HBsAg');
    expect(s.excluded).toBe(0);
    close(s.logRank.chiSquare, ref.survdiff.chisq, 1e-6, 'chi-square');
    expect(s.logRank.df).toBe(ref.survdiff.df);
    close(s.logRank.pValue, ref.survdiff.pvalue, 1e-6, 'log-rank p');
    close(s.cox.hazardRatio / ref.coxph.exp_coef, 1, 1e-4, 'hazard ratio');
    close(s.cox.ci95Low / ref.coxph.lower95, 1, 1e-4, 'lower 95');
    close(s.cox.ci95High / ref.coxph.upper95, 1, 1e-4, 'upper 95');
    close(s.cox.pValue, ref.coxph.p, 1e-6, 'Wald p');
    expect(s.groups.map((g: any) => g.label)).toEqual(['0', '1']);
    s.groups.forEach((g: any, i: number) => {
      const km = ref.km[i];
      expect(km.group).toBe(i);
      expect([g.n, g.events, g.medianSurvival]).toEqual([km.n, km.events, km.median]);
      expect(g.curve.map((p: any) => p.time)).toEqual(km.time);
      g.curve.forEach((p: any, k: number) => {
        close(p.survival, km.surv[k], 1e-9, `S(${p.time})`);
        expect(p.atRisk).toBe(km.n_risk[k]);
        if (km.lower95[k] == null) expect(p.lower95).toBeNull();
        else close(p.lower95, km.lower95[k], 1e-9, `lower95(${p.time})`);
        if (km.upper95[k] == null) expect(p.upper95).toBeNull();
        else close(p.upper95, km.upper95[k], 1e-9, `upper95(${p.time})`);
      });
    });
  });

  it('filters and groups by any of its columns', async () => {
    const r = await gql(
      app,
      `query($id: ID!) { cohort(id: $id) {
        cirrhotic: patients(filter: [{ attribute: "Cirrhosis", equals: "1" }, { attribute: "Age", max: 50 }]) { totalCount }
        young: survival(groupBy: { attribute: { attribute: "HBsAg" } }, filter: [{ attribute: "Age", max: 50 }]) { groups { n } }
        ki67: patients(filter: [{ attribute: "Ki67", missing: true }]) { totalCount } } }`,
      { id: COHORT },
    );
    expect(r.errors).toBeUndefined();
    const rows = readFileSync(CSV, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const header = readFileSync(CSV, 'utf8').split('\n')[0]!.split(',');
    const col = (name: string) => header.indexOf(name);
    const young = rows.filter((x) => Number(x[col('Age')]) <= 50);
    expect(r.data.cohort.cirrhotic.totalCount).toBe(young.filter((x) => x[col('Cirrhosis')] === '1').length);
    expect(r.data.cohort.young.groups.reduce((n: number, g: any) => n + g.n, 0)).toBe(young.length);
    expect(r.data.cohort.ki67.totalCount).toBe(rows.filter((x) => x[col('Ki67')] === '').length);
  });

  it('refuses bad rows with line numbers and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resistkg-clinical-'));
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'id,OS,Death,HBsAg\nA,10,1,1\nB,-2,0,0\nC,5,2,1\nA,3,1,x\nD,4\n');
    const mapping = path.join(dir, 'bad.yaml');
    writeFileSync(
      mapping,
      'cohort: { id: bad_cohort, name: Bad }\npatientId: id\nattributes: [{ column: HBsAg, datatype: NUMBER }]\nendpoints: [{ id: OS, time: OS, event: Death }]\n',
    );
    const err = await importClinical(db, bad, mapping).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/bad.csv line 3: OS "-2" is not a non-negative time/);
    expect(err.message).toMatch(/bad.csv line 4: Death "2" is not an event code of OS/);
    expect(err.message).toMatch(/bad.csv line 5: patient A appears twice/);
    expect(err.message).toMatch(/bad.csv line 5: HBsAg "x" is not a number/);
    expect(err.message).toMatch(/bad.csv line 6: 2 cells for 4 columns/);
    expect(await db.read('MATCH (c:Cohort {id: "RESISTKG:cohort-bad_cohort"}) RETURN c')).toEqual([]);
    const noColumn = path.join(dir, 'nocolumn.yaml');
    writeFileSync(noColumn, 'cohort: { id: bad_cohort, name: Bad }\npatientId: patient\n');
    await expect(importClinical(db, bad, noColumn)).rejects.toThrow(/line 1: no column "patient"/);
  });
});

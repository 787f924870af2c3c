/**
 * Cohort fields batch like the rest: a page of patients with their samples, each
 * sample's expression and attributes, each patient's attributes and cohort costs as many round trips for 20 patients as for 2.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { importCbioportal } from '../../seed/importers/cbioportal.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

const FIXTURE = new URL('../fixtures/cbioportal/hcc_fixture', import.meta.url).pathname;
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

const PAGE = `query($id: ID!, $n: Int) { cohort(id: $id) { patients(first: $n) { edges { node { id
  cohort { id name }
  attributes { attribute { id } value } os: attribute(id: "OS_MONTHS") { number }
  samples { id attributes { value } a: expression(genes: ["HGNC:1527", "HGNC:0"]) { geneId value fractionExpressing }
            b: expression(genes: ["HGNC:905"]) { geneId value } } } } } } }`;

it('patients → samples → expression and cohort: one query per level, whatever the page size', async () => {
  const small = await gql(app, PAGE, { id: COHORT, n: 2 });
  const large = await gql(app, PAGE, { id: COHORT, n: 20 });
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  const patients = large.data.cohort.patients.edges.map((e: any) => e.node);
  expect(patients).toHaveLength(20);
  const samples = patients.flatMap((p: any) => p.samples);
  expect(samples.length).toBeGreaterThanOrEqual(20);
  expect(patients.every((p: any) => p.cohort.id === COHORT)).toBe(true);
  expect(samples.every((s: any) => s.a.map((e: any) => e.geneId).join() === 'HGNC:1527,HGNC:0')).toBe(true);
  expect(samples.every((s: any) => s.a[1].value === null && s.b[0].geneId === 'HGNC:905')).toBe(true);
  expect(samples.some((s: any) => typeof s.a[0].value === 'number')).toBe(true);
  expect(patients.every((p: any) => p.attributes.length === 10 && p.os !== null)).toBe(true);
  expect(patients.filter((p: any) => typeof p.os.number === 'number').length).toBeGreaterThanOrEqual(19);
  expect(samples.every((s: any) => s.attributes.length === 2)).toBe(true);
  // cohort, patients, samples, expression (both selections in one batch), patient values (both
  // fields in one batch), sample values; Patient.cohort is the cohort already loaded. Before
  // batching: one expression query per sample and selection.
  expect(large.queries).toBe(small.queries);
  expect(large.queries).toBeLessThanOrEqual(6);
});

it('an unknown sample or cohort answers as before: no expression, no cohort', async () => {
  const r = await gql(app, `{ cohort(id: "RESISTKG:cohort-none") { id } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data.cohort).toBeNull();
});

/**
 * The cache of decoded cohort vectors (loaders/cohort.loader.ts) is keyed by the graph version read
 * from the graph: after a write through one API process, the other's next survival answer is
 * computed from the new data, not from what it cached before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { importCbioportal } from '../../seed/importers/cbioportal.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

const FIXTURE = new URL('../fixtures/cbioportal/hcc_fixture', import.meta.url).pathname;
const COHORT = 'RESISTKG:cohort-hcc_fixture_2025';
const SURVIVAL = `query($id: ID!) { cohort(id: $id) {
  survival(groupBy: { expression: { gene: "CAV1", split: MEDIAN } }, endpoint: "OS") {
    gene cutPoints excluded groups { n events } logRank { chiSquare } } } }`;
/** Negates a gene's stored expression (a versioned write, as every API write is). */
const NEGATE = `MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene}) SET v.values = [x IN v.values | -x]`;
/** Marks every patient censored in a stored column. */
const CENSOR_ALL = `MATCH (col:ClinicalColumn {cohortId: $cohort, attributeId: 'OS_STATUS'})
SET col.values = [x IN col.values | CASE WHEN x IS NULL OR x <> x THEN x ELSE 0 END]`;

const processes: { db: Database; app: App }[] = [];
beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const db = testDatabase();
    processes.push({ db, app: await testApp(db) });
  }
  await importCbioportal(processes[0]!.db, FIXTURE);
});
afterAll(async () => {
  for (const p of processes) {
    await p.app.apollo.stop();
    await p.db.close();
  }
});

async function survival(p: { app: App }) {
  const r = await gql(p.app, SURVIVAL, { id: COHORT });
  expect(r.errors).toBeUndefined();
  return r.data.cohort.survival;
}

const BY_GENE = `query($id: ID!, $gene: ID!) { cohort(id: $id) {
  survival(groupBy: { expression: { gene: $gene, split: MEDIAN } }, endpoint: "OS") { gene cutPoints } } }`;

describe('cohort vector cache', () => {
  it('answers a cached gene with the cohort and gene lookups only (no column or vector query)', async () => {
    const b = processes[1]!;
    const first = await gql(b.app, BY_GENE, { id: COHORT, gene: 'CAV1' });
    expect(first.errors).toBeUndefined();
    const again = await gql(b.app, BY_GENE, { id: COHORT, gene: first.data.cohort.survival.gene });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    // The graph version is read too, uncounted (db/database.ts graphVersion); the first request
    // also read the columns (with the panel) and the vector.
    expect(again.queries).toBe(2);
    expect(first.queries).toBeGreaterThanOrEqual(4);
    const other = await gql(b.app, BY_GENE, { id: COHORT, gene: 'AXL' });
    expect(other.errors).toBeUndefined();
    // A symbol: cohort, gene by id then by name, and the vector; the columns are cached.
    expect(other.queries).toBe(4);
  });

  it('serves a write made through another process at once, for expression vectors and clinical columns', async () => {
    const [a, b] = processes as [{ db: Database; app: App }, { db: Database; app: App }];
    const before = await survival(a);
    expect(await survival(a)).toEqual(before); // cached now
    expect(before.cutPoints[0]).toBeGreaterThan(0);
    await b.db.write(NEGATE, { cohort: COHORT, gene: before.gene });
    try {
      const negated = await survival(a);
      expect(negated.cutPoints).toEqual([-before.cutPoints[0]]);
    } finally {
      await b.db.write(NEGATE, { cohort: COHORT, gene: before.gene });
    }
    expect(await survival(a)).toEqual(before);
    const [{ datatype }] = await b.db.read(
      `MATCH (col:ClinicalColumn {cohortId: $cohort, attributeId: 'OS_STATUS'}) RETURN col.datatype AS datatype`,
      { cohort: COHORT },
    );
    expect(datatype).toBe('NUMBER');
    await b.db.write(CENSOR_ALL, { cohort: COHORT });
    const censored = await survival(a);
    expect(censored.groups.map((g: { events: number }) => g.events)).toEqual([0, 0]);
    await importCbioportal(b.db, FIXTURE); // restores the column
    expect(await survival(a)).toEqual(before);
  });
});

/**
 * The cohort write (seed/cohort-load.ts, db/cohort-write.repo.ts): a new cohort's patients, samples
 * and expression vectors are created, a reload merges them and changes nothing, and each vector is
 * aligned with the cohort's patient order (no patient ids of its own; NaN where a patient has no
 * tumour expression), also when a store whose vectors still carry `patientIds` is reloaded.
 */
import { afterAll, expect, it } from 'vitest';
import { expressionVector } from '../../db/cohort.repo.js';
import { loadCohort, type CohortData } from '../../seed/cohort-load.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();
const COHORT = 'RESISTKG:cohort-write-test';
const P = (i: number) => `RESISTKG:patient-write-test-${i}`;
const PANEL = ['HGNC:1527', 'HGNC:905'];

/** Patient 1: two tumour samples (the first counts); 2: a normal sample only; 3: a tumour sample without expression. */
const cohort = (): CohortData => ({
  id: COHORT,
  cohort: { name: 'Write test', accession: 'write-test', synthetic: true, genePanel: PANEL },
  patients: [1, 2, 3].map((i) => ({ id: P(i), sourceId: `W${i}` })),
  samples: [
    {
      id: `${P(1)}-T1`,
      sourceId: 'W1-T1',
      patientId: P(1),
      type: 'TUMOR',
      timepoint: 'PRE_TREATMENT',
      expression: [1.5, 2.5],
    },
    { id: `${P(1)}-T2`, sourceId: 'W1-T2', patientId: P(1), type: 'TUMOR', expression: [9, 9] },
    { id: `${P(2)}-N`, patientId: P(2), type: 'NORMAL', expression: [3, 4], synthetic: true },
    {
      id: `${P(3)}-SC1`,
      patientId: P(3),
      type: 'SINGLE_CELL_CLUSTER',
      clusterName: 'cluster',
      cellCount: 12,
      expression: [5, 6],
      fractionExpressing: [0.5, 0.25],
    },
    { id: `${P(3)}-T`, patientId: P(3), type: 'TUMOR' },
  ],
  columns: [
    {
      attribute: { id: 'OS_MONTHS', name: 'OS', description: null, datatype: 'NUMBER', level: 'PATIENT' },
      values: [3, 5, 8],
    },
    {
      attribute: { id: 'OS_STATUS', name: 'OS status', description: null, datatype: 'NUMBER', level: 'PATIENT' },
      values: [1, 0, 1],
    },
  ],
  endpoints: [{ id: 'OS', name: 'Overall survival', timeAttribute: 'OS_MONTHS', eventAttribute: 'OS_STATUS' }],
});

/** Every node of the cohort with all its properties and its outgoing relationships, in a stable order. */
const STORED = `
MATCH (n) WHERE n.cohortId = $id OR n.id = $id
OPTIONAL MATCH (n)-[r]->(m)
WITH n, collect(type(r) + '>' + coalesce(m.id, '')) AS out
RETURN labels(n) AS labels, properties(n) AS props, out
ORDER BY labels[0], coalesce(n.id, n.geneId, n.attributeId)`;

afterAll(async () => {
  await ctx.db.write('MATCH (n) WHERE n.cohortId = $id OR n.id = $id DETACH DELETE n', { id: COHORT });
});

it('stores each vector aligned with the patient order, NaN where a patient has no tumour expression', async () => {
  await loadCohort(ctx.db, cohort());
  const vectors = await ctx.db.read(
    `MATCH (c:Cohort {id: $id}) MATCH (v:ExpressionVector {cohortId: $id})
     RETURN c.patientOrder AS order, v.geneId AS gene, v.patientIds AS ids, v.values AS values ORDER BY gene`,
    { id: COHORT },
  );
  expect(vectors.map((v) => [v.gene, v.ids, v.values])).toEqual([
    ['HGNC:1527', null, [1.5, NaN, NaN]],
    ['HGNC:905', null, [2.5, NaN, NaN]],
  ]);
  expect(vectors[0]!.order).toEqual([P(1), P(2), P(3)]);
  // Aligned with the patient order: read back without ids (domain/expression-vector.ts).
  expect(await expressionVector(ctx.db, COHORT, 'HGNC:905')).toEqual({ patientIds: null, values: [2.5, NaN, NaN] });
  const samples = await ctx.db.read(
    `MATCH (s:Sample {cohortId: $id})-[:SAMPLE_OF]->(p:Patient)-[:IN_COHORT]->(:Cohort {id: $id})
     RETURN s.id AS id, s.row AS row, p.row AS patientRow, p.sourceId AS patient ORDER BY s.row`,
    { id: COHORT },
  );
  expect(samples.map((s) => [s.row, s.patientRow, s.patient])).toEqual([
    [0, 0, 'W1'],
    [1, 0, 'W1'],
    [2, 1, 'W2'],
    [3, 2, 'W3'],
    [4, 2, 'W3'],
  ]);
});

it('answers per-sample expression and single-cell fields as stored', async () => {
  const r = await gql(
    ctx.app,
    `query($id: ID!) { cohort(id: $id) { patients(first: 3) { edges { node { id samples { id type timepoint
       expression(genes: ["HGNC:905", "HGNC:1527"]) { geneId value } } } } } } }`,
    { id: COHORT },
  );
  expect(r.errors).toBeUndefined();
  const samples = r.data.cohort.patients.edges.flatMap((e: any) => e.node.samples);
  const byId = Object.fromEntries(samples.map((s: any) => [s.id, s]));
  expect(byId[`${P(1)}-T1`]).toMatchObject({
    timepoint: 'PRE_TREATMENT',
    expression: [
      { geneId: 'HGNC:905', value: 2.5 },
      { geneId: 'HGNC:1527', value: 1.5 },
    ],
  });
  expect(byId[`${P(3)}-SC1`].expression.map((e: any) => e.value)).toEqual([6, 5]);
  expect(byId[`${P(3)}-T`].expression.map((e: any) => e.value)).toEqual([null, null]);
  const [sc] = await ctx.db.read(`MATCH (s:Sample {id: $id}) RETURN properties(s) AS props`, { id: `${P(3)}-SC1` });
  expect(sc!.props).toMatchObject({ clusterName: 'cluster', cellCount: 12, fractionExpressing: [0.5, 0.25] });
});

it('a reload changes nothing, and removes the patient ids that vectors of an older store carry', async () => {
  const before = await ctx.db.read(STORED, { id: COHORT });
  expect(before.length).toBe(1 + 3 + 5 + 2 + 2);
  await loadCohort(ctx.db, cohort());
  expect(await ctx.db.read(STORED, { id: COHORT })).toEqual(before);

  await ctx.db.write(`MATCH (v:ExpressionVector {cohortId: $id}) SET v.patientIds = [$p1], v.values = [v.values[0]]`, {
    id: COHORT,
    p1: P(1),
  });
  expect((await expressionVector(ctx.db, COHORT, 'HGNC:905'))!.patientIds).toEqual([P(1)]);
  await loadCohort(ctx.db, cohort());
  expect(await ctx.db.read(STORED, { id: COHORT })).toEqual(before);
});

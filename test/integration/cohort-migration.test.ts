/**
 * A database holding cohorts of the first shape (fixed patient properties such as hbvStatus and
 * osMonths) is migrated at start to attribute columns: the old fields answer as attributes, filters
 * and survival work on them, the old properties are gone, and migrating again changes nothing.
 */
import { afterAll, expect, it } from 'vitest';
import { migrate } from '../../db/migrations.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();
const COHORT = 'RESISTKG:cohort-old-shape';

const OLD = `
CREATE (c:Cohort {id: $id, name: 'Old shape', synthetic: true, genePanel: [], patientCount: 4})
WITH c
UNWIND $patients AS row
CREATE (p:Patient) SET p = row, p.cohortId = c.id
CREATE (p)-[:IN_COHORT]->(c)
CREATE (s:Sample {id: row.id + '-T', patientId: row.id, cohortId: c.id, type: 'TUMOR'})-[:SAMPLE_OF]->(p)`;

afterAll(async () => {
  await ctx.db.write('MATCH (n) WHERE n.cohortId = $id OR n.id = $id DETACH DELETE n', { id: COHORT });
});

it('moves old patient properties into declared attributes and endpoints', async () => {
  const patients = [
    { id: 'RESISTKG:patient-old-1', hbvStatus: 'POSITIVE', osMonths: 5.5, osEvent: 1, responder: true, age: 61 },
    { id: 'RESISTKG:patient-old-2', hbvStatus: 'NEGATIVE', osMonths: 7, osEvent: 0, age: 48 },
    { id: 'RESISTKG:patient-old-3', hbvStatus: 'POSITIVE', osMonths: 9, osEvent: 1, responder: false },
    { id: 'RESISTKG:patient-old-4', hbvStatus: 'NEGATIVE', osMonths: 2, osEvent: 1 },
  ];
  await ctx.db.write(OLD, { id: COHORT, patients });
  await migrate(ctx.db);
  const q = `query($id: ID!) { cohort(id: $id) { endpoints { id timeAttribute eventAttribute } attributes { id datatype }
    patients(filter: [{ attribute: "HBV_STATUS", equals: "POSITIVE" }]) { totalCount edges { node { id
      attributes { attribute { id } value } samples { attribute(id: "X") { value } } } } }
    survival(groupBy: { attribute: { attribute: "HBV_STATUS" } }) { groups { label n events } logRank { df } } } }`;
  const r = await gql(ctx.app, q, { id: COHORT });
  expect(r.errors).toBeUndefined();
  const c = r.data.cohort;
  expect(c.endpoints).toEqual([{ id: 'OS', timeAttribute: 'OS_MONTHS', eventAttribute: 'OS_STATUS' }]);
  expect(c.attributes).toEqual([
    { id: 'HBV_STATUS', datatype: 'STRING' },
    { id: 'AGE', datatype: 'NUMBER' },
    { id: 'RESPONDER', datatype: 'BOOLEAN' },
    { id: 'OS_MONTHS', datatype: 'NUMBER' },
    { id: 'OS_STATUS', datatype: 'NUMBER' },
  ]);
  expect(c.patients.totalCount).toBe(2);
  expect(c.patients.edges[0].node.attributes).toEqual([
    { attribute: { id: 'HBV_STATUS' }, value: 'POSITIVE' },
    { attribute: { id: 'AGE' }, value: '61' },
    { attribute: { id: 'RESPONDER' }, value: 'true' },
    { attribute: { id: 'OS_MONTHS' }, value: '5.5' },
    { attribute: { id: 'OS_STATUS' }, value: '1' },
  ]);
  expect(c.survival.groups).toEqual([
    { label: 'NEGATIVE', n: 2, events: 1 },
    { label: 'POSITIVE', n: 2, events: 2 },
  ]);
  const left = await ctx.db.read(
    'MATCH (p:Patient {cohortId: $id}) WHERE p.hbvStatus IS NOT NULL OR p.osMonths IS NOT NULL RETURN count(p) AS n',
    { id: COHORT },
  );
  expect(left).toEqual([{ n: 0 }]);
  await migrate(ctx.db);
  expect(await gql(ctx.app, q, { id: COHORT })).toMatchObject({ data: r.data });
});

/** Cohort writes (importers and the synthetic cohort): CREATE when new, idempotent MERGEs on ids on a reload; storage layout in cohort.repo.ts. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Column, EndpointDecl } from '../domain/clinical.js';
import { encodeColumn } from './cohort.repo.js';

const MERGE_COHORT = `
MERGE (c:Cohort {id: $id})
SET c += $props`;

// Patients and samples: every stored property is named (a map SET, `SET p = row`, makes the plan
// Eager). A cohort whose patients (samples, vectors) are all new is CREATEd; a reload MERGEs on the
// unique id and sets the same properties (null removes one), so it changes nothing.
const PATIENT_PROPERTIES = ['sourceId', 'row'];
const SAMPLE_PROPERTIES = [
  'sourceId',
  'patientId',
  'type',
  'timepoint',
  'expression',
  'fractionExpressing',
  'clusterName',
  'cellCount',
  'synthetic',
  'row',
];
/** `k: row.k, …, cohortId: $cohort` (a CREATE's map) and `v.k = row.k, …` (a MERGE's SET). */
const asMap = (keys: readonly string[]) => [...keys.map((k) => `${k}: row.${k}`), 'cohortId: $cohort'].join(', ');
const asSet = (v: string, keys: readonly string[]) =>
  [...keys.map((k) => `${v}.${k} = row.${k}`), `${v}.cohortId = $cohort`].join(', ');

const CREATE_PATIENTS = `
MATCH (c:Cohort {id: $cohort})
UNWIND $rows AS row
CREATE (:Patient {id: row.id, ${asMap(PATIENT_PROPERTIES)}})-[:IN_COHORT]->(c)`;

const MERGE_PATIENTS = `
MATCH (c:Cohort {id: $cohort})
UNWIND $rows AS row
MERGE (p:Patient {id: row.id})
SET ${asSet('p', PATIENT_PROPERTIES)}
MERGE (p)-[:IN_COHORT]->(c)`;

const CREATE_SAMPLES = `
UNWIND $rows AS row
MATCH (p:Patient {id: row.patientId})
CREATE (:Sample {id: row.id, ${asMap(SAMPLE_PROPERTIES)}})-[:SAMPLE_OF]->(p)`;

const MERGE_SAMPLES = `
UNWIND $rows AS row
MATCH (p:Patient {id: row.patientId})
MERGE (s:Sample {id: row.id})
SET ${asSet('s', SAMPLE_PROPERTIES)}
MERGE (s)-[:SAMPLE_OF]->(p)`;

/**
 * Whether the cohort has stored patients, samples and expression vectors (ids embed the study, so
 * a patient or sample of the cohort can only be stored under it).
 */
const STORED = `
RETURN EXISTS { MATCH (p:Patient) WHERE p.cohortId = $cohort } AS patients,
       EXISTS { MATCH (s:Sample) WHERE s.cohortId = $cohort } AS samples,
       EXISTS { MATCH (v:ExpressionVector) WHERE v.cohortId = $cohort AND v.geneId IS NOT NULL } AS vectors`;

const MERGE_COLUMNS = `
UNWIND $rows AS row
MERGE (col:ClinicalColumn {cohortId: $cohort, attributeId: row.attributeId})
SET col += row`;

/** Columns of attributes a reload no longer declares. */
const DROP_STALE_COLUMNS = `
MATCH (col:ClinicalColumn {cohortId: $cohort}) WHERE NOT col.attributeId IN $keep
DETACH DELETE col`;

// Vectors are aligned with the cohort's `patientOrder` (no ids of their own; a reload of a store
// whose vectors carried `patientIds` removes them).
const CREATE_VECTORS = `
UNWIND $rows AS row
CREATE (:ExpressionVector {cohortId: $cohort, geneId: row.geneId, values: row.values})`;

const MERGE_VECTORS = `
UNWIND $rows AS row
MERGE (v:ExpressionVector {cohortId: $cohort, geneId: row.geneId})
SET v.values = row.values
REMOVE v.patientIds`;

/** Whether the cohort's patients, samples and vectors are stored (when not, they are created, not merged). */
export async function storedParts(
  tx: ManagedTransaction,
  cohort: string,
): Promise<{ patients: boolean; samples: boolean; vectors: boolean }> {
  const [r] = (await tx.run(STORED, { cohort })).records;
  return { patients: r!.get('patients'), samples: r!.get('samples'), vectors: r!.get('vectors') };
}

/**
 * One vector per panel gene of tumour expression, `values[i]` the expression of the cohort's
 * patient i (NaN where the patient has no tumour expression).
 */
export async function writeExpressionVectors(
  tx: ManagedTransaction,
  cohort: string,
  rows: { geneId: string; values: number[] }[],
  create: boolean,
): Promise<void> {
  if (rows.length) await tx.run(create ? CREATE_VECTORS : MERGE_VECTORS, { cohort, rows });
}

/** The cohort's attribute columns, in declaration order; columns of undeclared attributes are removed. */
export async function mergeColumns(tx: ManagedTransaction, cohort: string, columns: readonly Column[]): Promise<void> {
  const rows = columns.map((c, position) => ({
    attributeId: c.attribute.id,
    name: c.attribute.name,
    description: c.attribute.description,
    datatype: c.attribute.datatype,
    level: c.attribute.level,
    position,
    values: encodeColumn(c.attribute.datatype, c.values),
  }));
  await tx.run(DROP_STALE_COLUMNS, { cohort, keep: rows.map((r) => r.attributeId) });
  if (rows.length) await tx.run(MERGE_COLUMNS, { cohort, rows });
}

/** The cohort's declared survival endpoints, as parallel arrays on the cohort. */
export const endpointProps = (endpoints: readonly EndpointDecl[]) => ({
  endpointIds: endpoints.map((e) => e.id),
  endpointNames: endpoints.map((e) => e.name),
  endpointTimes: endpoints.map((e) => e.timeAttribute),
  endpointEvents: endpoints.map((e) => e.eventAttribute),
});

export async function mergeCohort(tx: ManagedTransaction, id: string, props: Record<string, unknown>): Promise<void> {
  await tx.run(MERGE_COHORT, { id, props });
}

export async function writePatients(
  tx: ManagedTransaction,
  cohort: string,
  rows: Record<string, unknown>[],
  create: boolean,
): Promise<void> {
  if (rows.length) await tx.run(create ? CREATE_PATIENTS : MERGE_PATIENTS, { cohort, rows });
}

export async function writeSamples(
  tx: ManagedTransaction,
  cohort: string,
  rows: Record<string, unknown>[],
  create: boolean,
): Promise<void> {
  if (rows.length) await tx.run(create ? CREATE_SAMPLES : MERGE_SAMPLES, { cohort, rows });
}

const PANEL_SYMBOLS = `
MATCH (c:Cohort {id: $id})
CALL (c) {
  UNWIND range(0, size(c.genePanel) - 1) AS i
  OPTIONAL MATCH (g:Gene {id: c.genePanel[i]})
  WITH i, coalesce(g.symbol, c.genePanel[i]) AS symbol ORDER BY i
  RETURN collect(symbol) AS symbols
}
SET c.panelSymbols = symbols, c.patientCount = COUNT { (:Patient {cohortId: $id}) }`;

/** Stores the panel's symbols and the patient count on the cohort (after its patients are written). */
export async function finishCohort(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(PANEL_SYMBOLS, { id });
}

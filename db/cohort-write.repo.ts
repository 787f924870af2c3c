/** Cohort writes (importers and the synthetic cohort): idempotent MERGEs on ids; storage layout in cohort.repo.ts. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Column, EndpointDecl } from '../domain/clinical.js';
import { encodeColumn } from './cohort.repo.js';

const MERGE_COHORT = `
MERGE (c:Cohort {id: $id})
SET c += $props`;

const MERGE_PATIENTS = `
MATCH (c:Cohort {id: $cohort})
UNWIND $rows AS row
MERGE (p:Patient {id: row.id})
SET p = row, p.cohortId = $cohort
MERGE (p)-[:IN_COHORT]->(c)
RETURN count(p) AS n`;

const MERGE_SAMPLES = `
UNWIND $rows AS row
MATCH (p:Patient {id: row.patientId})
MERGE (s:Sample {id: row.id})
SET s = row, s.cohortId = $cohort
MERGE (s)-[:SAMPLE_OF]->(p)
RETURN count(s) AS n`;

const MERGE_COLUMNS = `
UNWIND $rows AS row
MERGE (col:ClinicalColumn {cohortId: $cohort, attributeId: row.attributeId})
SET col += row`;

/** Columns of attributes a reload no longer declares. */
const DROP_STALE_COLUMNS = `
MATCH (col:ClinicalColumn {cohortId: $cohort}) WHERE NOT col.attributeId IN $keep
DETACH DELETE col`;

// Every vector of a cohort is aligned with the same patients: their ids are sent once.
const MERGE_VECTORS = `
UNWIND $rows AS row
MERGE (v:ExpressionVector {cohortId: $cohort, geneId: row.geneId})
SET v.patientIds = $patientIds, v.values = row.values`;

/** One vector per panel gene of tumour expression, aligned with `patientIds` (for fast survival queries). */
export async function mergeExpressionVectors(
  tx: ManagedTransaction,
  cohort: string,
  patientIds: readonly string[],
  rows: { geneId: string; values: number[] }[],
): Promise<void> {
  if (rows.length) await tx.run(MERGE_VECTORS, { cohort, patientIds, rows });
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

export async function mergePatients(
  tx: ManagedTransaction,
  cohort: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length) await tx.run(MERGE_PATIENTS, { cohort, rows });
}

export async function mergeSamples(
  tx: ManagedTransaction,
  cohort: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length) await tx.run(MERGE_SAMPLES, { cohort, rows });
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

/**
 * Writes a cohort (cohort node, patients, samples, attribute columns, expression vectors) in
 * batches; idempotent. Patients and samples are stored in the given order: a patient's (sample's)
 * `row` is its index, and PATIENT (SAMPLE) columns are aligned with that order.
 */
import {
  endpointProps,
  finishCohort,
  mergeCohort,
  mergeColumns,
  mergeExpressionVectors,
  mergePatients,
  mergeSamples,
} from '../db/cohort-write.repo.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import type { Column, EndpointDecl } from '../domain/clinical.js';

const BATCH = 1000;

export interface SampleData {
  [property: string]: unknown;
  id: string;
  patientId: string;
  /** TUMOR, NORMAL, ORGANOID or SINGLE_CELL_CLUSTER. */
  type: string;
  /** PRE_TREATMENT, ON_TREATMENT, PROGRESSION, or the study's own value. */
  timepoint?: string | null;
  /** Aligned with the cohort's gene panel (NaN where not measured). */
  expression?: number[];
}

export interface CohortData {
  id: string;
  /** name, accession, description, synthetic, source, licence, citation, referenceGenome, genePanel, unknownGenes. */
  cohort: Record<string, unknown>;
  patients: { id: string; sourceId?: string }[];
  samples: SampleData[];
  /** PATIENT columns aligned with `patients`, SAMPLE columns with `samples`. */
  columns: Column[];
  endpoints: EndpointDecl[];
}

export async function loadCohort(
  db: Database,
  c: CohortData,
  log: (m: string) => void = () => undefined,
): Promise<void> {
  for (const col of c.columns) {
    const n = col.attribute.level === 'PATIENT' ? c.patients.length : c.samples.length;
    if (col.values.length !== n)
      throw new RangeError(`cohort ${c.id}: column ${col.attribute.id} has ${col.values.length} values for ${n} rows`);
  }
  const patientRow = new Map(c.patients.map((p, i) => [p.id, i]));
  const opts = { timeoutMs: 300_000, metadata: { operation: 'cohort' } };
  const props = {
    ...c.cohort,
    ...endpointProps(c.endpoints),
    patientOrder: c.patients.map((p) => p.id),
    sampleOrder: c.samples.map((s) => s.id),
    samplePatient: c.samples.map((s) => int(patientRow.get(s.patientId) ?? -1)),
  };
  await db.writeTx((tx) => mergeCohort(tx, c.id, props), opts);
  for (let i = 0; i < c.patients.length; i += BATCH) {
    const rows = c.patients.slice(i, i + BATCH).map((p, k) => ({ ...p, row: int(i + k) }));
    await db.writeTx((tx) => mergePatients(tx, c.id, rows), opts);
    if (c.patients.length > BATCH)
      log(`  … ${Math.min(i + BATCH, c.patients.length)} of ${c.patients.length} patients`);
  }
  for (let i = 0; i < c.samples.length; i += BATCH) {
    const rows = c.samples.slice(i, i + BATCH).map((s, k) => ({ ...s, row: int(i + k) }));
    await db.writeTx((tx) => mergeSamples(tx, c.id, rows), opts);
  }
  await db.writeTx((tx) => mergeColumns(tx, c.id, c.columns), opts);
  // Per gene, the first tumour sample of each patient, as one vector (survival reads one property).
  const panel = (c.cohort.genePanel as string[]) ?? [];
  const tumour = new Map<string, number[]>();
  for (const s of c.samples) {
    if (s.type === 'TUMOR' && s.expression && !tumour.has(s.patientId)) tumour.set(s.patientId, s.expression);
  }
  const patientIds = [...tumour.keys()];
  const vectors = panel.map((geneId, g) => ({
    geneId,
    patientIds,
    values: patientIds.map((p) => tumour.get(p)![g] ?? NaN),
  }));
  for (let i = 0; i < vectors.length; i += 50)
    await db.writeTx((tx) => mergeExpressionVectors(tx, c.id, vectors.slice(i, i + 50)), opts);
  await db.writeTx((tx) => finishCohort(tx, c.id), opts);
  log(`cohort ${c.id}: ${c.patients.length} patients, ${c.samples.length} samples, ${c.columns.length} attributes`);
}

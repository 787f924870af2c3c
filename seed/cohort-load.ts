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

/** Patients per transaction (small nodes). */
const PATIENTS_PER_TRANSACTION = 5000;
/** Samples per transaction (each carries its expression row). */
const SAMPLES_PER_TRANSACTION = 2500;
/** Expression vectors per transaction (each a value per patient). */
const VECTORS_PER_TRANSACTION = 100;

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

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
  const started = Date.now();
  await db.writeTx((tx) => mergeCohort(tx, c.id, props), opts);
  for (let i = 0; i < c.patients.length; i += PATIENTS_PER_TRANSACTION) {
    const rows = c.patients.slice(i, i + PATIENTS_PER_TRANSACTION).map((p, k) => ({ ...p, row: int(i + k) }));
    await db.writeTx((tx) => mergePatients(tx, c.id, rows), opts);
    if (c.patients.length > PATIENTS_PER_TRANSACTION)
      log(`  … ${i + rows.length} of ${c.patients.length} patients (${seconds(started)} s)`);
  }
  for (let i = 0; i < c.samples.length; i += SAMPLES_PER_TRANSACTION) {
    const rows = c.samples.slice(i, i + SAMPLES_PER_TRANSACTION).map((s, k) => ({ ...s, row: int(i + k) }));
    await db.writeTx((tx) => mergeSamples(tx, c.id, rows), opts);
    if (c.samples.length > SAMPLES_PER_TRANSACTION)
      log(`  … ${i + rows.length} of ${c.samples.length} samples (${seconds(started)} s)`);
  }
  await db.writeTx((tx) => mergeColumns(tx, c.id, c.columns), opts);
  // Per gene, the first tumour sample of each patient, as one vector (survival reads one property).
  const panel = (c.cohort.genePanel as string[]) ?? [];
  const tumour = new Map<string, number[]>();
  for (const s of c.samples) {
    if (s.type === 'TUMOR' && s.expression && !tumour.has(s.patientId)) tumour.set(s.patientId, s.expression);
  }
  const patientIds = [...tumour.keys()];
  const expression = [...tumour.values()];
  const vectors = panel.map((geneId, g) => ({ geneId, values: expression.map((e) => e[g] ?? NaN) }));
  for (let i = 0; i < vectors.length; i += VECTORS_PER_TRANSACTION) {
    const rows = vectors.slice(i, i + VECTORS_PER_TRANSACTION);
    await db.writeTx((tx) => mergeExpressionVectors(tx, c.id, patientIds, rows), opts);
  }
  await db.writeTx((tx) => finishCohort(tx, c.id), opts);
  log(
    `cohort ${c.id}: ${c.patients.length} patients, ${c.samples.length} samples, ${c.columns.length} attributes, ${vectors.length} expression vectors (${seconds(started)} s)`,
  );
}

/**
 * Writes a cohort (cohort node, patients, samples, attribute columns, expression vectors) in
 * batches; idempotent. Patients and samples are stored in the given order: a patient's (sample's)
 * `row` is its index, and PATIENT (SAMPLE) columns and expression vectors are aligned with that
 * order. A cohort's patients (samples, vectors) are created when it has none stored, else merged.
 */
import {
  endpointProps,
  finishCohort,
  mergeCohort,
  mergeColumns,
  storedParts,
  writeExpressionVectors,
  writePatients,
  writeSamples,
} from '../db/cohort-write.repo.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import type { Column, EndpointDecl } from '../domain/clinical.js';

/** Patients per transaction (small nodes). */
const PATIENTS_PER_TRANSACTION = 10_000;
/** Samples per transaction (each carries its expression row). */
const SAMPLES_PER_TRANSACTION = 2500;
/** Expression vectors per transaction (each a value per patient). */
const VECTORS_PER_TRANSACTION = 100;

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/** A sample's stored properties (db/cohort-write.repo.ts names each). */
export interface SampleData {
  id: string;
  sourceId?: string;
  patientId: string;
  /** TUMOR, NORMAL, ORGANOID or SINGLE_CELL_CLUSTER. */
  type: string;
  /** PRE_TREATMENT, ON_TREATMENT, PROGRESSION, or the study's own value. */
  timepoint?: string | null;
  /** Aligned with the cohort's gene panel (NaN where not measured). */
  expression?: number[];
  /** Single-cell clusters: fraction of cells expressing each panel gene, cluster name, cell count. */
  fractionExpressing?: number[];
  clusterName?: string;
  cellCount?: number;
  synthetic?: boolean;
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
  const stored = await db.writeTx((tx) => storedParts(tx, c.id), opts);
  log(
    `  … cohort ${c.id}: ${stored.patients ? 'merging into the stored cohort' : 'new, creating'} (${seconds(started)} s)`,
  );
  for (let i = 0; i < c.patients.length; i += PATIENTS_PER_TRANSACTION) {
    const rows = c.patients.slice(i, i + PATIENTS_PER_TRANSACTION).map((p, k) => ({ ...p, row: int(i + k) }));
    await db.writeTx((tx) => writePatients(tx, c.id, rows, !stored.patients), opts);
    log(`  … ${i + rows.length} of ${c.patients.length} patients (${seconds(started)} s)`);
  }
  await db.writeTx((tx) => mergeColumns(tx, c.id, c.columns), opts);
  log(`  … ${c.columns.length} attribute columns (${seconds(started)} s)`);
  const writeAllSamples = async () => {
    for (let i = 0; i < c.samples.length; i += SAMPLES_PER_TRANSACTION) {
      const rows = c.samples.slice(i, i + SAMPLES_PER_TRANSACTION).map((s, k) => ({ ...s, row: int(i + k) }));
      await db.writeTx((tx) => writeSamples(tx, c.id, rows, !stored.samples), opts);
      log(`  … ${i + rows.length} of ${c.samples.length} samples (${seconds(started)} s)`);
    }
  };
  // Per gene, the first tumour sample of each patient, as one vector aligned with the patient order
  // (survival reads one property).
  const panel = (c.cohort.genePanel as string[]) ?? [];
  const writeAllVectors = async () => {
    const tumour: (number[] | undefined)[] = new Array(c.patients.length);
    for (const s of c.samples) {
      const p = patientRow.get(s.patientId);
      if (s.type === 'TUMOR' && s.expression && p !== undefined) tumour[p] ??= s.expression;
    }
    for (let i = 0; i < panel.length; i += VECTORS_PER_TRANSACTION) {
      const rows = panel.slice(i, i + VECTORS_PER_TRANSACTION).map((geneId, k) => {
        const values = new Array<number>(tumour.length);
        for (let p = 0; p < tumour.length; p++) values[p] = tumour[p]?.[i + k] ?? NaN;
        return { geneId, values };
      });
      await db.writeTx((tx) => writeExpressionVectors(tx, c.id, rows, !stored.vectors), opts);
      log(`  … ${i + rows.length} of ${panel.length} expression vectors (${seconds(started)} s)`);
    }
  };
  // Samples and vectors share no node (vectors hang off nothing), so they are written at the same
  // time: one transaction's parameters are packed while Neo4j stores the other's.
  await Promise.all([writeAllSamples(), writeAllVectors()]);
  await db.writeTx((tx) => finishCohort(tx, c.id), opts);
  log(
    `cohort ${c.id}: ${c.patients.length} patients, ${c.samples.length} samples, ${c.columns.length} attributes, ${panel.length} expression vectors (${seconds(started)} s)`,
  );
}

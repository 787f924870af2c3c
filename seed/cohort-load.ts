/** Writes a cohort (cohort node, patients, samples) in batches; idempotent. */
import { finishCohort, mergeCohort, mergeExpressionVectors, mergePatients, mergeSamples } from '../db/cohort.repo.js';
import type { Database } from '../db/database.js';

const BATCH = 1000;

export interface CohortData {
  id: string;
  cohort: Record<string, unknown>;
  patients: Record<string, unknown>[];
  samples: Record<string, unknown>[];
}

export async function loadCohort(
  db: Database,
  c: CohortData,
  log: (m: string) => void = () => undefined,
): Promise<void> {
  const opts = { timeoutMs: 300_000, metadata: { operation: 'cohort' } };
  await db.writeTx((tx) => mergeCohort(tx, c.id, c.cohort), opts);
  for (let i = 0; i < c.patients.length; i += BATCH) {
    await db.writeTx((tx) => mergePatients(tx, c.id, c.patients.slice(i, i + BATCH)), opts);
    if (c.patients.length > BATCH)
      log(`  … ${Math.min(i + BATCH, c.patients.length)} of ${c.patients.length} patients`);
  }
  for (let i = 0; i < c.samples.length; i += BATCH)
    await db.writeTx((tx) => mergeSamples(tx, c.id, c.samples.slice(i, i + BATCH)), opts);
  // Per gene, the first tumour sample of each patient, as one vector (survival reads one property).
  const panel = (c.cohort.genePanel as string[]) ?? [];
  const tumour = new Map<string, number[]>();
  for (const s of c.samples) {
    if (s.type === 'TUMOR' && !tumour.has(s.patientId as string))
      tumour.set(s.patientId as string, s.expression as number[]);
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
  log(`cohort ${c.id}: ${c.patients.length} patients, ${c.samples.length} samples`);
}

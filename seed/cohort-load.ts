/** Writes a cohort (cohort node, patients, samples) in batches; idempotent. */
import { finishCohort, mergeCohort, mergePatients, mergeSamples } from '../db/cohort.repo.js';
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
  await db.writeTx((tx) => finishCohort(tx, c.id), opts);
  log(`cohort ${c.id}: ${c.patients.length} patients, ${c.samples.length} samples`);
}

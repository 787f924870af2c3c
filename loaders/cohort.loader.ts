/** Per-request loaders for cohorts by id, a patient's samples, and a sample's expression of genes. */
import DataLoader from 'dataloader';
import {
  cohortsByIds,
  sampleExpressions,
  samplesOfPatients,
  type ExpressionKey,
  type ExpressionRecord,
} from '../db/cohort.repo.js';
import type { Database, QueryCounter } from '../db/database.js';
import type { CohortRecord, SampleRecord } from '../db/records.js';

export function patientSamplesLoader(db: Database, counter: QueryCounter): DataLoader<string, SampleRecord[]> {
  return new DataLoader<string, SampleRecord[]>(async (ids) => {
    const found = await samplesOfPatients(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? []);
  });
}

export function cohortLoader(db: Database, counter: QueryCounter): DataLoader<string, CohortRecord | null> {
  return new DataLoader<string, CohortRecord | null>(async (ids) => {
    const found = await cohortsByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Keys name the sample and the genes asked for (the genes reach the query). */
export function sampleExpressionLoader(
  db: Database,
  counter: QueryCounter,
): DataLoader<ExpressionKey, ExpressionRecord[], string> {
  return new DataLoader((keys) => sampleExpressions(db, keys, { counter }), {
    cacheKeyFn: (k) => `${k.id}|${JSON.stringify(k.genes)}`,
  });
}

/** Per-request loaders for a patient's samples and for cohorts by id. */
import DataLoader from 'dataloader';
import { cohortById, samplesOfPatients } from '../db/cohort.repo.js';
import type { Database, QueryCounter, Row } from '../db/database.js';

export function patientSamplesLoader(db: Database, counter: QueryCounter): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (ids) => {
    const found = await samplesOfPatients(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? []);
  });
}

export function cohortLoader(db: Database, counter: QueryCounter): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>((ids) => Promise.all(ids.map((id) => cohortById(db, id, { counter }))));
}

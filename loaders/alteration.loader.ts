/** Per-request loaders for alterations: a gene's or variant's frequency per cohort, a sample's variants. */
import DataLoader from 'dataloader';
import {
  alterationFrequencies,
  sampleAlterations,
  type CohortFrequency,
  type SampleAlteration,
} from '../db/alteration.repo.js';
import type { Database, QueryCounter } from '../db/database.js';

/** Keys are gene ids (GENE) or variant ids (VARIANT). */
export function alterationFrequencyLoader(
  db: Database,
  counter: QueryCounter,
  kind: 'GENE' | 'VARIANT',
): DataLoader<string, CohortFrequency[]> {
  return new DataLoader<string, CohortFrequency[]>((ids) => alterationFrequencies(db, kind, ids, { counter }));
}

export function sampleAlterationsLoader(db: Database, counter: QueryCounter): DataLoader<string, SampleAlteration[]> {
  return new DataLoader<string, SampleAlteration[]>((ids) => sampleAlterations(db, ids, { counter }));
}

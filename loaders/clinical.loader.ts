/** Per-request loaders for clinical attributes: a cohort's declarations, a patient's or sample's values. */
import DataLoader from 'dataloader';
import { attributeValues, cohortAttributes, type AttributeValueRecord } from '../db/cohort.repo.js';
import type { Database, QueryCounter } from '../db/database.js';
import type { AttributeDecl } from '../domain/clinical.js';

export function cohortAttributesLoader(db: Database, counter: QueryCounter): DataLoader<string, AttributeDecl[]> {
  return new DataLoader<string, AttributeDecl[]>(async (ids) => {
    const found = await cohortAttributes(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? []);
  });
}

/** Keys are patient (PATIENT) or sample (SAMPLE) ids; values are every declared attribute of that level. */
export function attributeValuesLoader(
  db: Database,
  counter: QueryCounter,
  level: 'PATIENT' | 'SAMPLE',
): DataLoader<string, AttributeValueRecord[]> {
  return new DataLoader<string, AttributeValueRecord[]>((ids) => attributeValues(db, level, ids, { counter }));
}

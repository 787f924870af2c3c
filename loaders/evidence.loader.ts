/** Per-request loader of evidence records by id. */
import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../db/database.js';
import type { EvidenceRecord } from '../db/records.js';
import { evidenceByIds } from '../db/statement.repo.js';

export function evidenceLoader(db: Database, counter: QueryCounter): DataLoader<string, EvidenceRecord | null> {
  return new DataLoader<string, EvidenceRecord | null>(async (ids) => {
    const found = await evidenceByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

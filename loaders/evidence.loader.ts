/** Per-request loader of evidence records by id. */
import DataLoader from 'dataloader';
import type { Database, QueryCounter, Row } from '../db/database.js';
import { evidenceByIds } from '../db/statement.repo.js';

export function evidenceLoader(db: Database, counter: QueryCounter): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (ids) => {
    const found = await evidenceByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

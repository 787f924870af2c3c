/** Per-request loader of the conflicts each statement takes part in (Statement.conflicts). */
import DataLoader from 'dataloader';
import { statementsBeside } from '../db/conflict.repo.js';
import type { Database, QueryCounter } from '../db/database.js';
import { findConflicts, type Conflict } from '../domain/conflicts.js';

export function statementConflictsLoader(db: Database, counter: QueryCounter): DataLoader<string, Conflict[]> {
  return new DataLoader(async (ids) => {
    const groups = await statementsBeside(db, ids, { counter });
    return ids.map((id, i) => findConflicts(groups[i]!).filter((c) => c.statementIds.includes(id)));
  });
}

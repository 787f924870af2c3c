/** Per-request loader of a record's audit events (before/after parsed from their stored JSON). */
import DataLoader from 'dataloader';
import type { Database, QueryCounter, Row } from '../db/database.js';
import { historyOf } from '../db/history.repo.js';

const parse = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : null);

export function historyLoader(db: Database, counter: QueryCounter): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (ids) => {
    const events = await historyOf(db, ids, { counter });
    return events.map((list) => list.map((a) => ({ ...a, before: parse(a.before), after: parse(a.after) })));
  });
}

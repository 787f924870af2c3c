/** Per-request loader of a record's audit events (before/after parsed from their stored JSON). */
import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../db/database.js';
import { historyOf, type AuditRecord } from '../db/history.repo.js';

export type AuditEvent = Omit<AuditRecord, 'before' | 'after'> & {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const parse = (v: string | null) => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : null);

export function historyLoader(db: Database, counter: QueryCounter): DataLoader<string, AuditEvent[]> {
  return new DataLoader<string, AuditEvent[]>(async (ids) => {
    const events = await historyOf(db, ids, { counter });
    return events.map((list) => list.map((a) => ({ ...a, before: parse(a.before), after: parse(a.after) })));
  });
}

/**
 * The change feed: audit events in commit order (`seq`, db/curation.queries.ts WRITE_AUDIT), each
 * with what it touched, so `events(after:)` can page them and subscriptions can filter them.
 */
import type { Database, RunOptions } from './database.js';
import { int } from './values.js';

const EVENTS_AFTER = `
MATCH (a:AuditEvent) WHERE a.seq > $after
WITH a ORDER BY a.seq ASC LIMIT $limit
OPTIONAL MATCH (a)-[:ABOUT]->(x)
OPTIONAL MATCH (x)-[:SUPPORTS|REFUTES]->(via:Statement)
WITH a, collect(DISTINCT x.id) AS about,
     [s IN collect(DISTINCT CASE WHEN x:Statement THEN x END) + collect(DISTINCT via) | s] AS statements
RETURN a { .*, at: toString(a.at), about: about,
           statementIds: [s IN statements | s.id],
           entityIds: [s IN statements | s.subjectId] + [s IN statements | s.objectId],
           diseaseIds: [s IN statements WHERE s.contextDisease IS NOT NULL | s.contextDisease] } AS event
ORDER BY a.seq ASC`;

const LAST_SEQ = `MATCH (a:AuditEvent) RETURN coalesce(max(a.seq), 0) AS seq`;

/** One committed change and what it touched. */
export interface ChangeEvent {
  id: string;
  seq: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  comment: string | null;
  /** The audited fields before and after, as JSON text (as stored). */
  before: string | null;
  after: string | null;
  /** Ids of the records the event is about (evidence, statement, entity). */
  about: string[];
  /** The statements it touched (directly or through their evidence), their subjects and objects, and their diseases. */
  statementIds: string[];
  entityIds: string[];
  diseaseIds: string[];
}

/** Up to `limit` events committed after `after` (a seq), oldest first. */
export async function eventsAfter(
  db: Database,
  after: number,
  limit: number,
  opts: RunOptions = {},
): Promise<ChangeEvent[]> {
  const rows = await db.read(
    EVENTS_AFTER,
    { after: int(after), limit: int(limit) },
    { ...opts, metadata: { op: 'eventsAfter' } },
  );
  return rows.map((r) => {
    const e = r.event as ChangeEvent;
    return { ...e, seq: Number(e.seq), entityIds: [...new Set(e.entityIds)], diseaseIds: [...new Set(e.diseaseIds)] };
  });
}

/** The seq of the last committed event (0 when there is none). */
export async function lastEventSeq(db: Database, opts: RunOptions = {}): Promise<number> {
  const [row] = await db.read(LAST_SEQ, {}, { ...opts, metadata: { op: 'lastEventSeq' } });
  return Number(row?.seq ?? 0);
}

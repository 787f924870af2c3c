/** Audit events about records (Evidence.history, Statement.history) and the editors' review queue. */
import type { Database, RunOptions } from './database.js';
import { readKeyed, readRecords, type EvidenceRecord, type RecordPage } from './records.js';
import { evidenceMap, int } from './values.js';

const HISTORY = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
CALL (id) {
  CALL (id) {
    MATCH (x:Evidence {id: id}) RETURN x
    UNION
    MATCH (x:Statement {id: id}) RETURN x
  }
  MATCH (a:AuditEvent)-[:ABOUT]->(x)
  WITH a ORDER BY a.at ASC, a.id ASC
  RETURN collect(a { .* }) AS events
}
RETURN i, events`;

const REVIEW_QUEUE = `
MATCH (e:Evidence {status: 'SUBMITTED'})
WITH e ORDER BY e.createdAt ASC, e.id ASC
WITH collect(${evidenceMap('e')}) AS found
RETURN found[$skip..$skip + $limit] AS items, size(found) AS total`;

/** An audit event as stored: before and after are JSON text (loaders/history.loader.ts parses them). */
export interface AuditRecord {
  [property: string]: unknown;
  id: string;
  at: string;
  before: string | null;
  after: string | null;
}

export async function historyOf(db: Database, ids: readonly string[], opts: RunOptions = {}): Promise<AuditRecord[][]> {
  const rows = await readKeyed<{ events: AuditRecord[] }>(db, HISTORY, { ids }, ids.length, opts);
  return rows.map((r) => r.events);
}

export async function reviewQueue(
  db: Database,
  skip: number,
  limit: number,
  opts: RunOptions = {},
): Promise<RecordPage<EvidenceRecord>> {
  const [row] = await readRecords<RecordPage<EvidenceRecord>>(
    db,
    REVIEW_QUEUE,
    { skip: int(skip), limit: int(limit) },
    opts,
  );
  return row!;
}

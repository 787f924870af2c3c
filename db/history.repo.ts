/** Audit events about records (Evidence.history, Statement.history) and the editors' review queue. */
import type { Database, RunOptions } from './database.js';
import { readKeyed, readRecords, type EvidenceRecord, type RecordPage } from './records.js';
import type { Window } from '../domain/paging.js';
import { EVIDENCE_ORDER, orderBy, pageOfCollected, windowParams } from './keyset.js';
import { evidenceMap } from './values.js';

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
WITH e ORDER BY ${orderBy(EVIDENCE_ORDER('e'), false)}
WITH collect(e) AS listed
${pageOfCollected('e', EVIDENCE_ORDER('e'), '$w', evidenceMap('e'))}`;

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
  window: Window,
  opts: RunOptions = {},
): Promise<RecordPage<EvidenceRecord>> {
  const [row] = await readRecords<RecordPage<EvidenceRecord>>(db, REVIEW_QUEUE, { w: windowParams(window) }, opts);
  return row!;
}

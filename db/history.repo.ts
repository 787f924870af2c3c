/** Audit events about records (Evidence.history, Statement.history) and the editors' review queue. */
import { inKeyOrder, type Database, type RunOptions, type Row } from './database.js';
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

export async function historyOf(db: Database, ids: readonly string[], opts: RunOptions = {}): Promise<Row[][]> {
  const rows = inKeyOrder(await db.read(HISTORY, { ids }, opts), ids.length);
  return rows.map((r) => r.events as Row[]);
}

export async function reviewQueue(
  db: Database,
  skip: number,
  limit: number,
  opts: RunOptions = {},
): Promise<{ items: Row[]; total: number }> {
  const [row] = await db.read(REVIEW_QUEUE, { skip: int(skip), limit: int(limit) }, opts);
  return row as unknown as { items: Row[]; total: number };
}

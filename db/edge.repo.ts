/**
 * Pages of projected statement relationships around many nodes at once (one query per batch):
 * the neighbours of each node along one predicate and direction, highest belief first.
 */
import { isPredicate } from '../domain/vocabulary.js';
import { inKeyOrder, type Database, type RunOptions, type Row } from './database.js';

export interface EdgePageKey {
  id: string;
  skip: number;
  limit: number;
}

export interface EdgePage {
  items: { node: Row; rel: Row }[];
  total: number;
}

const OUTGOING = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH (n)-[r:$($type)]->(m:Entity)
  WITH m, r ORDER BY r.belief DESC, m.id ASC, r.statementId ASC
  WITH collect(CASE WHEN m IS NULL THEN NULL ELSE {node: m { .*, searchText: NULL }, rel: properties(r)} END) AS found
  RETURN found[k.skip..k.skip + k.limit] AS items, size(found) AS total
}
RETURN i, items, total`;

const INCOMING = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH (n)<-[r:$($type)]-(m:Entity)
  WITH m, r ORDER BY r.belief DESC, m.id ASC, r.statementId ASC
  WITH collect(CASE WHEN m IS NULL THEN NULL ELSE {node: m { .*, searchText: NULL }, rel: properties(r)} END) AS found
  RETURN found[k.skip..k.skip + k.limit] AS items, size(found) AS total
}
RETURN i, items, total`;

export async function edgePages(
  db: Database,
  predicate: string,
  direction: 'OUT' | 'IN',
  keys: readonly EdgePageKey[],
  opts: RunOptions = {},
): Promise<EdgePage[]> {
  if (!isPredicate(predicate)) throw new Error(`unknown predicate ${predicate}`);
  const rows = await db.read(direction === 'OUT' ? OUTGOING : INCOMING, { keys, type: predicate }, opts);
  return inKeyOrder(rows, keys.length) as unknown as EdgePage[];
}

/**
 * One hop of a neighbourhood for many nodes at once: each node's statement relationships of the
 * given predicates, highest belief first, at most `perNode` of them (a hub with 10,000 neighbours
 * costs one ordered scan of its relationships, never 10,000 rows), and how many there are in all.
 */
import { inKeyOrder, type Database, type RunOptions, type Row } from './database.js';
import { int } from './values.js';

const HOP = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:$any($types)]-(m:Entity)
  WHERE r.belief >= $minBelief
  WITH r, m ORDER BY r.belief DESC, r.statementId ASC
  LIMIT $perNode
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
    edge: { id: r.statementId, source: startNode(r).id, target: endNode(r).id, predicate: type(r),
            sign: r.sign, belief: r.belief, evidenceCount: coalesce(r.evidenceCount, 0) },
    node: m { .id, .name, .kind, .symbol } } END) AS items
}
RETURN i, n { .id, .name, .kind, .symbol } AS node, items,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[r2:$any($types)]-(:Entity) WHERE r2.belief >= $minBelief } END AS degree`;

export interface HopEdge {
  id: string;
  source: string;
  target: string;
  predicate: string;
  sign: number;
  belief: number;
  evidenceCount: number;
}

export interface HopRow {
  node: Row | null;
  items: { edge: HopEdge; node: Row }[];
  degree: number;
}

export async function neighborhoodHop(
  db: Database,
  ids: string[],
  types: string[],
  minBelief: number,
  perNode: number,
  opts: RunOptions = {},
): Promise<HopRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.read(HOP, { ids, types, minBelief, perNode: int(perNode) }, opts);
  return inKeyOrder(rows, ids.length) as unknown as HopRow[];
}

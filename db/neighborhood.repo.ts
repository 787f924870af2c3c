/**
 * One hop of a neighbourhood for many nodes at once: each node's statement relationships of the
 * given predicates, highest belief first, at most `perNode` of them (a hub with 10,000 neighbours
 * costs one ordered scan of its relationships, never 10,000 rows), and how many there are in all.
 */
import { inKeyOrder, type Database, type RunOptions, type Row } from './database.js';
import { int } from './values.js';
import { isPredicate } from '../domain/vocabulary.js';

const HOP = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:__TYPES__]-(m:Entity)
  WHERE r.belief >= $minBelief
  WITH r, m ORDER BY r.belief DESC, r.statementId ASC
  LIMIT $perNode
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
    edge: { id: r.statementId, source: startNode(r).id, target: endNode(r).id, predicate: type(r),
            sign: r.sign, belief: r.belief, evidenceCount: coalesce(r.evidenceCount, 0) },
    node: m { .id, .name, .kind, .symbol } } END) AS items
}
RETURN i, n { .id, .name, .kind, .symbol } AS node, items,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[r2:__TYPES__]-(:Entity) WHERE r2.belief >= $minBelief } END AS degree`;

/**
 * The query for a set of predicates, spelled out as a union of types (a dynamic `$any($types)` makes
 * the planner expand every relationship and filter afterwards: about 3× the db hits). Types come
 * only from the predicate whitelist; one text per distinct set, built once.
 */
const BY_TYPES = new Map<string, string>();
function hopQuery(types: string[]): string {
  const key = [...new Set(types)].sort().join('|');
  if (!types.every(isPredicate)) throw new Error(`unknown predicate in ${key}`);
  let text = BY_TYPES.get(key);
  if (!text) BY_TYPES.set(key, (text = HOP.replaceAll('__TYPES__', key)));
  return text;
}

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
  const rows = await db.read(hopQuery(types), { ids, minBelief, perNode: int(perNode) }, opts);
  return inKeyOrder(rows, ids.length) as unknown as HopRow[];
}

/** The Cypher of one neighbourhood hop (db/neighborhood.repo.ts); snapshotted in test/unit/cypher.test.ts. */
import { isPredicate } from '../domain/vocabulary.js';

/**
 * The predicates as a union of relationship types, `A|B|C` in sorted order: a dynamic
 * `$any($types)` makes the planner expand every relationship and filter afterwards (about 3× the
 * db hits). Types come only from the predicate whitelist.
 */
export function typeUnion(types: readonly string[]): string {
  const key = [...new Set(types)].sort().join('|');
  if (!types.every(isPredicate)) throw new Error(`unknown predicate in ${key}`);
  return key;
}

/**
 * One hop for each id in $ids (with its key index `i`): the node, its statement relationships of
 * the given types with belief ≥ $minBelief, highest first, at most $perNode of them (a hub costs
 * one ordered scan, never all its rows), and how many there are in all (`degree`).
 */
export function neighborhoodHopQuery(types: readonly string[]): string {
  const union = typeUnion(types);
  let text = BUILT.get(union);
  if (!text) {
    text = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:${union}]-(m:Entity)
  WHERE r.belief >= $minBelief
  WITH r, m ORDER BY r.belief DESC, r.statementId ASC
  LIMIT $perNode
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
    edge: { id: r.statementId, source: startNode(r).id, target: endNode(r).id, predicate: type(r),
            sign: r.sign, belief: r.belief, evidenceCount: coalesce(r.evidenceCount, 0) },
    node: m { .id, .name, .kind, .symbol } } END) AS items
}
RETURN i, n { .id, .name, .kind, .symbol } AS node, items,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[r2:${union}]-(:Entity) WHERE r2.belief >= $minBelief } END AS degree`;
    BUILT.set(union, text);
  }
  return text;
}

const BUILT = new Map<string, string>();

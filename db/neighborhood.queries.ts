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
 * One hop for each id in $ids (with its key index `i`): the node and its statement relationships
 * of the given types with belief ≥ $minBelief, highest first, at most $perNode of them (a hub costs
 * one ordered scan, never all its rows); with $filter, only those whose other end is in $reach
 * (domain/neighborhood.ts: the last hop of a full neighbourhood). `degree` counts them before that
 * filter, up to $perNode + 1: more than the items when some were left out. (An exact count was a
 * second walk over a hub's relationships, which the belief filter keeps out of the degree store.)
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
  LIMIT $perNode + 1
  WITH collect(CASE WHEN r IS NULL THEN NULL ELSE {r: r, m: m} END) AS top
  RETURN size(top) AS degree, [t IN top[0..$perNode] WHERE NOT $filter OR t.m.id IN $reach | {
    edge: { id: t.r.statementId, source: startNode(t.r).id, target: endNode(t.r).id, predicate: type(t.r),
            sign: t.r.sign, belief: t.r.belief, evidenceCount: coalesce(t.r.evidenceCount, 0) },
    node: { id: t.m.id, name: t.m.name, kind: t.m.kind, symbol: t.m.symbol } }] AS items
}
RETURN i, n { .id, .name, .kind, .symbol } AS node, items, degree`;
    BUILT.set(union, text);
  }
  return text;
}

const BUILT = new Map<string, string>();

/**
 * Name resolution as a Cypher fragment, shared by the name lookups (db/entity.repo.ts) and by the
 * lookups that fetch an edge page of the entity they find in the same query (db/edge.queries.ts).
 */

/**
 * A subquery over the lookup `l` ({key, kind}) that returns `n`, the best entity of that kind for
 * the name key: rank 0 (id, symbol, primary name) before aliases, then by id; null when none. The
 * best one is chosen by `LIMIT 1` before anything is projected, so an alias shared by many
 * entities projects one of them.
 */
export const BEST_BY_NAME_KEY = `CALL (l) {
  OPTIONAL MATCH (:Synonym {key: l.key})-[nr:NAMES]->(n:Entity {kind: l.kind})
  WITH n, nr ORDER BY nr.rank ASC, n.id ASC
  LIMIT 1
  RETURN n
}`;

/** The projection of an entity found by a lookup (null stays null). */
export const ENTITY_OR_NULL = 'CASE WHEN n IS NULL THEN NULL ELSE n { .*, searchText: NULL } END';

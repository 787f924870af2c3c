
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:REGULATES|TARGETS]-(m:Entity)
  WHERE r.belief >= $minBelief
  WITH r, m ORDER BY r.belief DESC, r.statementId ASC
  LIMIT $perNode
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
    edge: { id: r.statementId, source: startNode(r).id, target: endNode(r).id, predicate: type(r),
            sign: r.sign, belief: r.belief, evidenceCount: coalesce(r.evidenceCount, 0) },
    node: m { .id, .name, .kind, .symbol } } END) AS items
}
RETURN i, n { .id, .name, .kind, .symbol } AS node, items,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[r2:REGULATES|TARGETS]-(:Entity) WHERE r2.belief >= $minBelief } END AS degree
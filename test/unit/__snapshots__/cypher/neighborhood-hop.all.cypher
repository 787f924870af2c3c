
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:ASSOCIATED_WITH|BIOMARKER_OF|CONFERS_RESISTANCE_TO|MEMBER_OF|OVERCOMES_RESISTANCE_TO|PARTICIPATES_IN|REGULATES|SENSITIZES_TO|SYNERGIZES_WITH|TARGETS|VARIANT_OF]-(m:Entity)
  WHERE r.belief >= $minBelief
  WITH r, m ORDER BY r.belief DESC, r.statementId ASC
  LIMIT $perNode
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
    edge: { id: r.statementId, source: startNode(r).id, target: endNode(r).id, predicate: type(r),
            sign: r.sign, belief: r.belief, evidenceCount: coalesce(r.evidenceCount, 0) },
    node: m { .id, .name, .kind, .symbol } } END) AS items
}
RETURN i, n { .id, .name, .kind, .symbol } AS node, items,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[r2:ASSOCIATED_WITH|BIOMARKER_OF|CONFERS_RESISTANCE_TO|MEMBER_OF|OVERCOMES_RESISTANCE_TO|PARTICIPATES_IN|REGULATES|SENSITIZES_TO|SYNERGIZES_WITH|TARGETS|VARIANT_OF]-(:Entity) WHERE r2.belief >= $minBelief } END AS degree

UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:ASSOCIATED_WITH|BIOMARKER_OF|CONFERS_RESISTANCE_TO|MEMBER_OF|OVERCOMES_RESISTANCE_TO|PARTICIPATES_IN|REGULATES|SENSITIZES_TO|SYNERGIZES_WITH|TARGETS|VARIANT_OF]-(m:Entity)
  WHERE r.belief >= $minBelief
  WITH r, m ORDER BY r.belief DESC, r.statementId ASC
  LIMIT $perNode + 1
  WITH collect(CASE WHEN r IS NULL THEN NULL ELSE {r: r, m: m} END) AS top
  RETURN size(top) AS degree, [t IN top[0..$perNode] WHERE NOT $filter OR t.m.id IN $reach | {
    edge: { id: t.r.statementId, source: startNode(t.r).id, target: endNode(t.r).id, predicate: type(t.r),
            sign: t.r.sign, belief: t.r.belief, evidenceCount: coalesce(t.r.evidenceCount, 0) },
    node: { id: t.m.id, name: t.m.name, kind: t.m.kind, symbol: t.m.symbol } }] AS items
}
RETURN i, n { .id, .name, .kind, .symbol } AS node, items, degree

UNWIND $ids AS xid
MATCH (x:Entity {id: xid})
CALL (x) {
  MATCH (y:Entity)-[r:REGULATES|TARGETS]->(x)
  WHERE r.belief >= $minBelief AND ($disease IS NULL OR r.disease IS NULL OR r.disease = $disease)
    AND NOT x:Variant AND (NOT y:Variant OR NOT $tumour OR y.id IN $alterations)
  WITH y, r ORDER BY r.belief DESC, y.id ASC, r.statementId ASC LIMIT $perNode
  RETURN collect({source: y.id, target: x.id, predicate: type(r), sign: r.sign, belief: r.belief,
                  statementId: r.statementId}) AS edges
}
RETURN xid AS id, COUNT { (x)-[:TARGETS|REGULATES|PARTICIPATES_IN|CONFERS_RESISTANCE_TO|SENSITIZES_TO|BIOMARKER_OF|ASSOCIATED_WITH|MEMBER_OF|OVERCOMES_RESISTANCE_TO|SYNERGIZES_WITH|VARIANT_OF]-() } AS degree, edges

MATCH (s:Entity {id: $from}), (t:Entity {id: $to})
MATCH p = (s)((a:Entity)-[r:TARGETS|REGULATES|PARTICIPATES_IN|CONFERS_RESISTANCE_TO|SENSITIZES_TO|BIOMARKER_OF|ASSOCIATED_WITH|MEMBER_OF|OVERCOMES_RESISTANCE_TO|SYNERGIZES_WITH|VARIANT_OF]->(b:Entity)
               WHERE r.belief >= $minBelief AND (NOT a:Variant OR NOT $tumour OR a.id IN $alterations) AND (NOT b:Variant OR b.id = $to)){1,4}(t)
WITH nodes(p) AS pathNodes, relationships(p) AS pathRels
WHERE all(i IN range(0, size(pathNodes) - 2) WHERE NOT pathNodes[i] IN pathNodes[i + 1..])
LIMIT $cap

WITH collect({ns: pathNodes, rs: pathRels}) AS found
CALL (found) {
  UNWIND found AS f
  UNWIND f.ns AS n
  WITH DISTINCT n
  RETURN collect({id: n.id, degree: COUNT { (n)-[:TARGETS|REGULATES|PARTICIPATES_IN|CONFERS_RESISTANCE_TO|SENSITIZES_TO|BIOMARKER_OF|ASSOCIATED_WITH|MEMBER_OF|OVERCOMES_RESISTANCE_TO|SYNERGIZES_WITH|VARIANT_OF]-() }}) AS degrees
}
RETURN [f IN found | {
          nodes: [n IN f.ns | n.id],
          edges: [r IN f.rs | { source: startNode(r).id, target: endNode(r).id, predicate: type(r),
                                sign: r.sign, belief: r.belief, statementId: r.statementId }] }] AS paths,
       degrees

UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)<-[r:VARIANT_OF]-(m:Entity)
  WITH m, r ORDER BY r.belief DESC, m.id ASC, r.statementId ASC
  SKIP $skip LIMIT $limit
  OPTIONAL MATCH (s:Statement {id: r.statementId})
  WITH m, r, s, null AS evidence
  RETURN collect(CASE WHEN m IS NULL THEN NULL
                 ELSE {node: m { .*, searchText: NULL }, rel: properties(r), statement: s { .*, createdAt: toString(s.createdAt) }, evidence: evidence} END) AS items
}
RETURN i, items, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)<-[:VARIANT_OF]-() } END AS total

UNWIND range(0, size($lookups) - 1) AS i
WITH i, $lookups[i] AS l
CALL (l) {
  OPTIONAL MATCH (:Synonym {key: l.key})-[nr:NAMES]->(n:Entity {kind: l.kind})
  WITH n, nr ORDER BY nr.rank ASC, n.id ASC
  LIMIT 1
  RETURN n
}
CALL (n) {
  OPTIONAL MATCH (n)<-[r:TARGETS]-(m:Entity)
  WHERE ($w.after IS NULL OR (coalesce(r.belief, 0.0) < $w.after[0] OR (coalesce(r.belief, 0.0) = $w.after[0] AND (m.id > $w.after[1] OR (m.id = $w.after[1] AND r.statementId > $w.after[2]))))) AND ($w.before IS NULL OR (coalesce(r.belief, 0.0) > $w.before[0] OR (coalesce(r.belief, 0.0) = $w.before[0] AND (m.id < $w.before[1] OR (m.id = $w.before[1] AND r.statementId < $w.before[2])))))
  WITH m, r ORDER BY coalesce(r.belief, 0.0) DESC, m.id ASC, r.statementId ASC
  LIMIT $take
  OPTIONAL MATCH (s:Statement {id: r.statementId})
  CALL (s) {
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
  WHERE $ev.status IS NULL OR e.status = $ev.status
  WITH e ORDER BY e.createdAt ASC, e.id ASC
  WITH collect(e) AS listed
  WITH listed, [e IN listed WHERE ($ev.w.after IS NULL OR (e.createdAt > datetime($ev.w.after[0]) OR (e.createdAt = datetime($ev.w.after[0]) AND e.id > $ev.w.after[1]))) AND ($ev.w.before IS NULL OR (e.createdAt < datetime($ev.w.before[0]) OR (e.createdAt = datetime($ev.w.before[0]) AND e.id < $ev.w.before[1])))] AS win
  RETURN [e IN (CASE WHEN $ev.w.backward THEN reverse(win) ELSE win END)[..$ev.w.take] | e { .*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt) }] AS items, size(listed) AS total
  }
  WITH m, r, s, {items: items, total: total} AS evidence
  RETURN collect(CASE WHEN m IS NULL THEN NULL
                 ELSE {node: m { .*, searchText: NULL }, rel: properties(r), statement: s { .*, createdAt: toString(s.createdAt) }, evidence: evidence} END) AS items
}
RETURN i, CASE WHEN n IS NULL THEN NULL ELSE n { .*, searchText: NULL } END AS node, items,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)<-[:TARGETS]-() } END AS total

UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (s:Statement {id: k.id})
CALL (s, k) {
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
  WHERE k.status IS NULL OR e.status = k.status
  WITH e ORDER BY e.createdAt ASC, e.id ASC
  WITH collect(e) AS listed
  WITH listed, [e IN listed WHERE (k.w.after IS NULL OR (e.createdAt > datetime(k.w.after[0]) OR (e.createdAt = datetime(k.w.after[0]) AND e.id > k.w.after[1]))) AND (k.w.before IS NULL OR (e.createdAt < datetime(k.w.before[0]) OR (e.createdAt = datetime(k.w.before[0]) AND e.id < k.w.before[1])))] AS win
  RETURN [e IN (CASE WHEN k.w.backward THEN reverse(win) ELSE win END)[..k.w.take] | e { .*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt) }] AS items, size(listed) AS total
}
RETURN i, items, total
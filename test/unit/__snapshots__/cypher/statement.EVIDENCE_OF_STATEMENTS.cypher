
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (s:Statement {id: k.id})
CALL (s, k) {
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
  WHERE k.status IS NULL OR e.status = k.status
  WITH e ORDER BY e.createdAt ASC, e.id ASC
  WITH collect(e) AS found
  RETURN [x IN found[k.skip..k.skip + k.limit] | x { .*, createdAt: toString(x.createdAt), updatedAt: toString(x.updatedAt) }] AS items, size(found) AS total
}
RETURN i, items, total

UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH (s:Statement)-[:SUBJECT|OBJECT]->(n)
  WITH DISTINCT s ORDER BY s.belief DESC, s.id ASC
  WITH collect(s { .*, createdAt: toString(s.createdAt) }) AS found
  RETURN found[k.skip..k.skip + k.limit] AS items, size(found) AS total
}
RETURN i, items, total
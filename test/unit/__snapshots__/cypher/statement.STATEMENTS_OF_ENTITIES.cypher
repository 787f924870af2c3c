
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH (s:Statement)-[:SUBJECT|OBJECT]->(n)
  WITH DISTINCT s
  WHERE s IS NOT NULL AND (k.f IS NULL OR (
    (k.f.interactionTypes IS NULL OR s.interactionType IN k.f.interactionTypes)
    AND (k.f.minBelief IS NULL OR coalesce(s.belief, 0.0) >= k.f.minBelief)
    AND ((k.f.levels IS NULL AND k.f.modelSystems IS NULL) OR EXISTS {
      MATCH (s)<-[:SUPPORTS]-(fe:Evidence {status: 'ACCEPTED'})
      WHERE (k.f.levels IS NULL OR fe.level IN k.f.levels)
        AND (k.f.modelSystems IS NULL OR fe.modelSystem IN k.f.modelSystems)
    })
    AND (NOT k.f.approvedOnly OR EXISTS {
      MATCH (s)-[:SUBJECT|OBJECT]->(fd:Drug {approvalStatus: 'APPROVED'})
    })
  ))
  WITH s ORDER BY coalesce(s.belief, 0.0) DESC, s.id ASC
  WITH collect(s) AS listed
  WITH listed, [s IN listed WHERE (k.w.after IS NULL OR (coalesce(s.belief, 0.0) < k.w.after[0] OR (coalesce(s.belief, 0.0) = k.w.after[0] AND s.id > k.w.after[1]))) AND (k.w.before IS NULL OR (coalesce(s.belief, 0.0) > k.w.before[0] OR (coalesce(s.belief, 0.0) = k.w.before[0] AND s.id < k.w.before[1])))] AS win
  RETURN [s IN (CASE WHEN k.w.backward THEN reverse(win) ELSE win END)[..k.w.take] | s { .*, createdAt: toString(s.createdAt) }] AS items, size(listed) AS total
}
RETURN i, items, total
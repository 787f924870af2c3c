
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)<-[r:TARGETS]-(m:Entity)
  WHERE ($w.after IS NULL OR (coalesce(r.belief, 0.0) < $w.after[0] OR (coalesce(r.belief, 0.0) = $w.after[0] AND (m.id > $w.after[1] OR (m.id = $w.after[1] AND r.statementId > $w.after[2]))))) AND ($w.before IS NULL OR (coalesce(r.belief, 0.0) > $w.before[0] OR (coalesce(r.belief, 0.0) = $w.before[0] AND (m.id < $w.before[1] OR (m.id = $w.before[1] AND r.statementId < $w.before[2])))))
    AND ($f IS NULL OR (
    ($f.interactionTypes IS NULL OR r.interactionType IN $f.interactionTypes)
    AND ($f.minBelief IS NULL OR coalesce(r.belief, 0.0) >= $f.minBelief)
    AND (($f.levels IS NULL AND $f.modelSystems IS NULL) OR EXISTS {
      MATCH (fs:Statement {id: r.statementId})<-[:SUPPORTS]-(fe:Evidence {status: 'ACCEPTED'})
      WHERE ($f.levels IS NULL OR fe.level IN $f.levels)
        AND ($f.modelSystems IS NULL OR fe.modelSystem IN $f.modelSystems)
    })
    AND (NOT $f.approvedOnly OR EXISTS {
      MATCH (fs:Statement {id: r.statementId})-[:SUBJECT|OBJECT]->(fd:Drug {approvalStatus: 'APPROVED'})
    })
  ))
  WITH m, r ORDER BY coalesce(r.belief, 0.0) DESC, m.id ASC, r.statementId ASC
  LIMIT $take
  OPTIONAL MATCH (s:Statement {id: r.statementId})
  WITH m, r, s, null AS evidence
  RETURN collect(CASE WHEN m IS NULL THEN NULL
                 ELSE {node: m { .*, searchText: NULL }, rel: properties(r), statement: s { .*, createdAt: toString(s.createdAt) }, evidence: evidence} END) AS items
}
RETURN i, items, CASE WHEN n IS NULL THEN 0 ELSE COUNT { MATCH (n)<-[r:TARGETS]-(m:Entity) WHERE ($f IS NULL OR (
    ($f.interactionTypes IS NULL OR r.interactionType IN $f.interactionTypes)
    AND ($f.minBelief IS NULL OR coalesce(r.belief, 0.0) >= $f.minBelief)
    AND (($f.levels IS NULL AND $f.modelSystems IS NULL) OR EXISTS {
      MATCH (fs:Statement {id: r.statementId})<-[:SUPPORTS]-(fe:Evidence {status: 'ACCEPTED'})
      WHERE ($f.levels IS NULL OR fe.level IN $f.levels)
        AND ($f.modelSystems IS NULL OR fe.modelSystem IN $f.modelSystems)
    })
    AND (NOT $f.approvedOnly OR EXISTS {
      MATCH (fs:Statement {id: r.statementId})-[:SUBJECT|OBJECT]->(fd:Drug {approvalStatus: 'APPROVED'})
    })
  )) } END AS total
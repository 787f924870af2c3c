
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (p:Patient {id: $ids[i]})
OPTIONAL MATCH (col:ClinicalColumn {cohortId: p.cohortId, level: 'PATIENT'})
WITH i, p, col ORDER BY col.position
RETURN i, collect(col { .attributeId, .name, .description, .datatype, .level, value: col.values[p.row] }) AS values
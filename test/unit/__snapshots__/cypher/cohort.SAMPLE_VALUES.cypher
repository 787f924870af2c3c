
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (s:Sample {id: $ids[i]})
OPTIONAL MATCH (col:ClinicalColumn {cohortId: s.cohortId, level: 'SAMPLE'})
WITH i, s, col ORDER BY col.position
RETURN i, collect(col { .attributeId, .name, .description, .datatype, .level, value: col.values[s.row] }) AS values
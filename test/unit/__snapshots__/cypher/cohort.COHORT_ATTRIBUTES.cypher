
UNWIND $ids AS id
OPTIONAL MATCH (col:ClinicalColumn {cohortId: id})
WITH id, col ORDER BY col.position
RETURN id, collect(col { .attributeId, .name, .description, .datatype, .level }) AS attributes
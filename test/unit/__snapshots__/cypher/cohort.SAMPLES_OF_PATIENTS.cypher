
UNWIND $ids AS id
OPTIONAL MATCH (s:Sample {patientId: id})
WITH id, s ORDER BY s.id
RETURN id, collect(s { .*, expression: NULL, fractionExpressing: NULL }) AS samples

MATCH (d:Drug {id: $drug})
OPTIONAL MATCH (d)-[:MEMBER_OF]->(c:DrugClass)
WITH d, collect(c) AS classes
UNWIND [d] + classes AS t
MATCH (last:Entity)-[res:CONFERS_RESISTANCE_TO]->(t)
WHERE res.belief >= $minBelief AND ($disease IS NULL OR res.disease IS NULL OR res.disease = $disease)
  AND (NOT last:Variant OR NOT $tumour OR last.id IN $alterations)
RETURN last.id AS source, t.id AS target, type(res) AS predicate, res.sign AS sign, res.belief AS belief,
       res.statementId AS statementId
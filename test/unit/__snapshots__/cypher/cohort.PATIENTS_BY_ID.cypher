
UNWIND $ids AS id
MATCH (p:Patient {id: id})
RETURN p { .* } AS patient ORDER BY p.id

UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, s { .*, createdAt: toString(s.createdAt) } AS statement
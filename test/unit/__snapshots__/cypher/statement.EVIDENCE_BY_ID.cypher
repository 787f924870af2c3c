
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN id, e { .*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt) } AS evidence
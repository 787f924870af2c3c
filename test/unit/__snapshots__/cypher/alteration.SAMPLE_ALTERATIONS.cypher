
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (s:Sample {id: $ids[i]})
RETURN i, coalesce(s.alterationVariants, []) AS variants, coalesce(s.alterationVafs, []) AS vafs

UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (s:Sample {id: k.id})
OPTIONAL MATCH (c:Cohort {id: s.cohortId})
RETURN i, CASE WHEN c IS NULL THEN [] ELSE
         [g IN k.genes | { gene: g, i: [x IN range(0, size(c.genePanel) - 1) WHERE c.genePanel[x] = g][0] }] END AS wanted,
       s.expression AS expression, s.fractionExpressing AS fractions
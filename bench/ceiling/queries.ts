/**
 * The benchmark's hand-written baseline ("the ceiling", bench/ceiling/): the Cypher a developer
 * would write by hand to answer each scenario of bench/scenarios.ts with the same JSON as our
 * GraphQL service, in as few round trips as the work allows. The service never runs these.
 *
 * Each query does the same work as ours: the same entity resolution (an id of the right kind, else
 * the best Synonym key match, rank then id), the same orderings and page sizes, the same filters.
 * Only the properties the response shows are read. The resistance-path search is not repeated
 * here: the ceiling runs our own best-first search and its queries (db/path.repo.ts,
 * bestResistancePaths) with the ceiling's own reads, so it expands exactly the same nodes.
 */
import { degreePattern } from '../../db/edge.queries.js';
import { PREDICATE_NAMES } from '../../domain/vocabulary.js';

/** geneByAlias: the best gene for a name key (rank 0 names before aliases, then by id). */
export const CEILING_GENE_BY_KEY = `
MATCH (:Synonym {key: $key})-[r:NAMES]->(g:Entity {kind: 'GENE'})
WITH g, r ORDER BY r.rank ASC, g.id ASC
LIMIT 1
RETURN g { .id, .symbol, .name, .aliases } AS gene`;

/**
 * nestedTargets in one query: the gene by name key, how many agents target it, the first
 * $first of them (belief, agent id, statement id), and for each the projected statement and its
 * first $evidenceFirst evidence records (oldest first, then by id; every status). The count is
 * db/edge.queries.ts degreePattern, as ours: without a label on the far end, Neo4j reads it from
 * the degree store instead of walking the relationships.
 */
export const CEILING_NESTED_TARGETS = `
MATCH (:Synonym {key: $key})-[nr:NAMES]->(g:Entity {kind: 'GENE'})
WITH g, nr ORDER BY nr.rank ASC, g.id ASC
LIMIT 1
CALL (g) {
  MATCH (g)<-[t:TARGETS]-(m:Entity)
  WITH t, m ORDER BY t.belief DESC, m.id ASC, t.statementId ASC
  LIMIT $first
  OPTIONAL MATCH (s:Statement {id: t.statementId})
  CALL (s) {
    OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
    WITH e ORDER BY e.createdAt ASC, e.id ASC
    LIMIT $evidenceFirst
    RETURN collect(e { .id, .level, .modelSystem, .rating }) AS evidence
  }
  WITH t, m, s, evidence ORDER BY t.belief DESC, m.id ASC, t.statementId ASC
  RETURN collect({ agent: m { .id, .name }, interactionType: t.interactionType, sign: t.sign, belief: t.belief,
                   statementId: s.id, evidence: evidence }) AS edges
}
RETURN g.id AS id, g.symbol AS symbol, COUNT { ${degreePattern('TARGETS', 'IN').replace('(n)', '(g)')} } AS total, edges`;

/**
 * search in one query: exact matches of the name key (rank, then id; at most $exactLimit) and,
 * when $lucene is not null, the full-text hits (at most $fulltextLimit) with their Lucene scores.
 */
export const CEILING_SEARCH = `
CALL () {
  MATCH (:Synonym {key: $key})-[r:NAMES]->(n:Entity)
  WITH n, r ORDER BY r.rank ASC, n.id ASC
  LIMIT $exactLimit
  RETURN collect({ id: n.id, name: n.name, kind: n.kind, rank: r.rank }) AS exact
}
CALL () {
  WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', lucene, {limit: $fulltextLimit}) YIELD node, score
  RETURN collect({ id: node.id, name: node.name, kind: node.kind, score: score }) AS fulltext
}
RETURN exact, fulltext`;

/** Every statement predicate, spelled out (the neighbourhood scenario does not narrow them). */
const ALL_PREDICATES = PREDICATE_NAMES.join('|');

/**
 * The best edges of node `x` (db/neighborhood.queries.ts, every predicate as a static type list):
 * its statement relationships with belief >= $minBelief, highest belief then statement id first,
 * at most $perNode + 1 (one more than a hop returns, to tell that there are more).
 */
const TOP_EDGES = (x: string) => `
  OPTIONAL MATCH (${x})-[r:${ALL_PREDICATES}]-(m:Entity)
  WHERE r.belief >= $minBelief
  WITH r, m ORDER BY r.belief DESC, r.statementId ASC
  LIMIT $perNode + 1
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {r: r, m: m} END) AS top`;

/**
 * neighborhood, depth 2, in one query and one row per expanded node (one huge collected record
 * decodes far more slowly in the driver): j -1 is the seed's hop, j 0.. the hops of its distinct
 * first-hop neighbours (first-seen order, not the seed). As our walk (domain/neighborhood.ts), the
 * second hop expands only the neighbours the node limit keeps (the first $limit - 1) and, when
 * they fill the limit, returns only the edges between kept nodes. Each row: the node, its best
 * $perNode edges (so filtered) and how many there are before the filter, up to $perNode + 1. The
 * seed's edges are read once (a hub has thousands) and carried to its row.
 */
export const CEILING_NEIGHBORHOOD_2 = `
MATCH (n:Entity {id: $id})
CALL (n) {${TOP_EDGES('n')}
}
WITH n, top AS seedTop,
     reduce(acc = [], t IN top[0..$perNode] | CASE WHEN t.m = n OR t.m IN acc THEN acc ELSE acc + t.m END)[0..$limit - 1] AS next
WITH n, seedTop, next, [n] + next AS kept
UNWIND range(-1, size(next) - 1) AS j
WITH j, CASE WHEN j < 0 THEN n ELSE next[j] END AS x, seedTop, j >= 0 AND size(kept) >= $limit AS filter, kept
CALL (x, j) {
  WITH x WHERE j >= 0${TOP_EDGES('x')}
}
WITH j, x, filter, kept, CASE WHEN j < 0 THEN seedTop ELSE top END AS top
RETURN j, x { .id, .name, .kind, .symbol } AS node, size(top) AS degree,
       [t IN top[0..$perNode] WHERE NOT filter OR t.m IN kept | {
         edge: { id: t.r.statementId, source: startNode(t.r).id, target: endNode(t.r).id, predicate: type(t.r),
                 sign: t.r.sign, belief: t.r.belief, evidenceCount: coalesce(t.r.evidenceCount, 0) },
         node: { id: t.m.id, name: t.m.name, kind: t.m.kind, symbol: t.m.symbol } }] AS items
ORDER BY j`;

/**
 * Entities named by traversal arguments ($refs: {id, key, kind}): an entity with that id and
 * kind, else the best one of that kind for the name key (rank, then id); null when neither.
 */
export const CEILING_RESOLVE = `
UNWIND range(0, size($refs) - 1) AS i
WITH i, $refs[i] AS ref
OPTIONAL MATCH (n:Entity {id: ref.id}) WHERE n.kind = ref.kind
CALL (ref, n) {
  WITH ref WHERE n IS NULL AND ref.key IS NOT NULL
  MATCH (:Synonym {key: ref.key})-[r:NAMES]->(m:Entity {kind: ref.kind})
  WITH m, r ORDER BY r.rank ASC, m.id ASC
  RETURN collect(m.id)[0] AS byName
}
RETURN i, coalesce(n.id, byName) AS id
ORDER BY i`;

/** Names of path nodes. */
export const CEILING_NODE_NAMES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name`;

/**
 * Evidence-backed partners of the drug (db/combination.repo.ts EVIDENCE_BACKED, the same plan: from
 * the drug and its classes to their combinations, never a scan of every Combination; only the
 * properties the response shows): combinations containing the drug or a class it belongs to, with OVERCOMES_RESISTANCE_TO / SYNERGIZES_WITH statements valid in
 * the disease or in none, and their accepted supporting evidence (id and level only).
 */
export const CEILING_BACKED_COMBINATIONS = `
MATCH (d:Drug {id: $drug})
OPTIONAL MATCH (d)-[:MEMBER_OF]->(cls:DrugClass)
WITH d, collect(cls) AS classes
WITH [d] + classes AS bases
UNWIND bases AS b
MATCH (b)<-[:HAS_COMPONENT]-(c:Combination)
WITH DISTINCT bases, c
MATCH (c)-[:HAS_COMPONENT]->(partner:Entity) WHERE NOT partner IN bases
MATCH (s:Statement)-[:SUBJECT]->(c)
WHERE s.predicate IN ['OVERCOMES_RESISTANCE_TO', 'SYNERGIZES_WITH']
  AND ($disease IS NULL OR s.contextDisease IS NULL OR s.contextDisease = $disease)
MATCH (e:Evidence {status: 'ACCEPTED'})-[:SUPPORTS]->(s)
WITH partner, c, s, collect(e { .id, .level }) AS evidence
RETURN partner { .id, .name } AS partner, c { .id } AS combination,
       s.id AS statementId, s.belief AS belief, evidence
ORDER BY partner.id, c.id, statementId`;

/** Agents other than the drug that target the given nodes (as db/combination.repo.ts), evidence id and level. */
export const CEILING_AGENTS_TARGETING = `
UNWIND $targets AS tid
MATCH (agent:Drug)-[r:TARGETS]->(t:Entity {id: tid})
WHERE agent.id <> $drug AND r.belief > 0
MATCH (s:Statement {id: r.statementId})
OPTIONAL MATCH (e:Evidence {status: 'ACCEPTED'})-[:SUPPORTS]->(s)
WITH agent, t, r, collect(e { .id, .level }) AS evidence
RETURN agent { .id, .name } AS agent, t.id AS target, r.sign AS sign, r.belief AS belief,
       r.statementId AS statementId, evidence
ORDER BY agent.id, target`;

/**
 * survival, first part: the gene (an id of kind GENE, else the best name-key match) and whether the
 * cohort's panel measures it. No row when the cohort is unknown.
 */
export const CEILING_SURVIVAL_GENE = `
MATCH (c:Cohort {id: $cohort})
OPTIONAL MATCH (n:Entity {id: $geneId}) WHERE n.kind = 'GENE'
CALL (n) {
  WITH n WHERE n IS NULL AND $geneKey IS NOT NULL
  MATCH (:Synonym {key: $geneKey})-[r:NAMES]->(m:Entity {kind: 'GENE'})
  WITH m, r ORDER BY r.rank ASC, m.id ASC
  RETURN collect(m.id)[0] AS byName
}
WITH c, coalesce(n.id, byName) AS gene
RETURN gene, gene IS NOT NULL AND gene IN coalesce(c.genePanel, []) AS measured`;

/**
 * survival, the measured gene's stored expression, with patientIds in older stores unless they
 * equal the patient order (db/cohort.queries.ts EXPRESSION_VECTOR).
 */
export const CEILING_SURVIVAL_VECTOR = `
MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
OPTIONAL MATCH (c:Cohort {id: $cohort})
RETURN CASE WHEN v.patientIds = c.patientOrder THEN null ELSE v.patientIds END AS patientIds,
       v.values AS values`;

/**
 * survival, second part: the cohort's patients in row order with the OS endpoint's time and event
 * columns (the columns the cohort declares for OS; db/cohort.queries.ts COLUMNS).
 */
export const CEILING_SURVIVAL_PATIENTS = `
MATCH (c:Cohort {id: $cohort})
WITH c, [i IN range(0, size(coalesce(c.endpointIds, [])) - 1) WHERE c.endpointIds[i] = 'OS'][0] AS e
OPTIONAL MATCH (t:ClinicalColumn {cohortId: $cohort, attributeId: c.endpointTimes[e]})
OPTIONAL MATCH (ev:ClinicalColumn {cohortId: $cohort, attributeId: c.endpointEvents[e]})
RETURN c.patientOrder AS ids, t.values AS times, ev.values AS events`;

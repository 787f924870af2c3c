/**
 * The Cypher of the path questions (db/path.repo.ts runs them). Relationship types come only from
 * the closed predicate vocabulary; the hop bound is a literal chosen from 1..MAX_HOPS. Every text
 * is snapshotted in test/unit/__snapshots__/cypher/.
 */
import { MAX_HOPS } from '../domain/validation.js';
import { PREDICATE_NAMES } from '../domain/vocabulary.js';

/** Every statement relationship type, from the closed predicate vocabulary (a whitelist). */
const STATEMENT_TYPES = PREDICATE_NAMES.join('|');

/**
 * Variants (design §4a) are always where a path starts: nothing is expanded from a variant, and a
 * path may start at one only when the query gave no tumour ($tumour false: the path is
 * variant-level, labelled as such) or the tumour carries it ($alterations lists it). $alterations
 * is always a list (empty without a tumour): a null in its place is another parameter type, which
 * Neo4j plans again (db/PLANS.md, paths from EGFR T790M).
 */
const VARIANT_START = (v: string) => `(NOT ${v}:Variant OR NOT $tumour OR ${v}.id IN $alterations)`;

/** The one-hop resistance paths: CONFERS_RESISTANCE_TO edges into the drug or a class it belongs to. */
export const RESISTANCE_SEEDS = `
MATCH (d:Drug {id: $drug})
OPTIONAL MATCH (d)-[:MEMBER_OF]->(c:DrugClass)
WITH d, collect(c) AS classes
UNWIND [d] + classes AS t
MATCH (last:Entity)-[res:CONFERS_RESISTANCE_TO]->(t)
WHERE res.belief >= $minBelief AND ($disease IS NULL OR res.disease IS NULL OR res.disease = $disease)
  AND ${VARIANT_START('last')}
RETURN last.id AS source, t.id AS target, type(res) AS predicate, res.sign AS sign, res.belief AS belief,
       res.statementId AS statementId`;

/**
 * Per node of $ids: its degree over every statement type and its incoming REGULATES/TARGETS edges
 * that pass the filters, best belief first (ties as comparePaths breaks them: source id, then
 * statement id), at most $perNode. The best-first resistance search expands nodes with it.
 */
export const IN_EDGES = `
UNWIND $ids AS xid
MATCH (x:Entity {id: xid})
CALL (x) {
  MATCH (y:Entity)-[r:REGULATES|TARGETS]->(x)
  WHERE r.belief >= $minBelief AND ($disease IS NULL OR r.disease IS NULL OR r.disease = $disease)
    AND NOT x:Variant AND ${VARIANT_START('y')}
  WITH y, r ORDER BY r.belief DESC, y.id ASC, r.statementId ASC LIMIT $perNode
  RETURN collect({source: y.id, target: x.id, predicate: type(r), sign: r.sign, belief: r.belief,
                  statementId: r.statementId}) AS edges
}
RETURN xid AS id, COUNT { (x)-[:${STATEMENT_TYPES}]-() } AS degree, edges`;

/**
 * Directed simple paths from $from to $to over every statement predicate, at most `hops` long and
 * at most $cap of them, as id lists with the degree of each distinct node once (computing it per
 * path node cost 96% of the query's db hits in PROFILE).
 */
export function pathsBetweenQuery(hops: number): string {
  const text = BETWEEN_BY_HOPS.get(hops);
  if (!text) throw new Error(`maxHops ${hops} was not validated (1 to ${MAX_HOPS})`);
  return text;
}

function buildPathsBetween(hops: number): string {
  return `
MATCH (s:Entity {id: $from}), (t:Entity {id: $to})
MATCH p = (s)((a:Entity)-[r:${STATEMENT_TYPES}]->(b:Entity)
               WHERE r.belief >= $minBelief AND ${VARIANT_START('a')} AND (NOT b:Variant OR b.id = $to)){1,${hops}}(t)
WITH nodes(p) AS pathNodes, relationships(p) AS pathRels
WHERE all(i IN range(0, size(pathNodes) - 2) WHERE NOT pathNodes[i] IN pathNodes[i + 1..])
LIMIT $cap

WITH collect({ns: pathNodes, rs: pathRels}) AS found
CALL (found) {
  UNWIND found AS f
  UNWIND f.ns AS n
  WITH DISTINCT n
  RETURN collect({id: n.id, degree: COUNT { (n)-[:${STATEMENT_TYPES}]-() }}) AS degrees
}
RETURN [f IN found | {
          nodes: [n IN f.ns | n.id],
          edges: [r IN f.rs | { source: startNode(r).id, target: endNode(r).id, predicate: type(r),
                                sign: r.sign, belief: r.belief, statementId: r.statementId }] }] AS paths,
       degrees`;
}

/** One text per hop bound, built once. */
const BETWEEN_BY_HOPS = new Map(Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, buildPathsBetween(i + 1)]));

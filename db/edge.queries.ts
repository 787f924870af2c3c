/**
 * The Cypher of an edge page (Gene.targetedBy, Drug.targets, Gene.regulators, ...): the neighbours
 * of many nodes along one predicate and direction, highest belief first. Every text is snapshotted
 * in test/unit/__snapshots__/cypher/ (one .cypher file per text), so the final query reads in one place.
 */
import { isPredicate } from '../domain/vocabulary.js';
import { BEST_BY_NAME_KEY, ENTITY_OR_NULL } from './entity.queries.js';
import { filterCondition, type FilterTarget } from './filter.queries.js';
import { EDGE_ORDER, inWindow, orderBy } from './keyset.js';
import { evidencePageOf } from './statement.queries.js';
import { statementMap } from './values.js';

export type EdgeDirection = 'OUT' | 'IN';

/**
 * `(n)-[r:TYPE]->(m:Entity)` or its reverse, with the type spelled out: a dynamic type makes the
 * planner expand every relationship of the node and filter afterwards. Types come only from the
 * predicate whitelist.
 */
export function edgePattern(predicate: string, direction: EdgeDirection): string {
  checkPredicate(predicate);
  return direction === 'OUT' ? `(n)-[r:${predicate}]->(m:Entity)` : `(n)<-[r:${predicate}]-(m:Entity)`;
}

/** The same relationships without the label, which the degree store counts without reading them. */
export function degreePattern(predicate: string, direction: EdgeDirection): string {
  checkPredicate(predicate);
  return direction === 'OUT' ? `(n)-[:${predicate}]->()` : `(n)<-[:${predicate}]-()`;
}

/**
 * With the evidence page ($ev) of each edge's statement, paged as every evidence page is
 * (db/statement.queries.ts), or without it (evidence null, and no evidence subquery at all).
 */
function evidenceOfEdge(withEvidence: boolean): string {
  if (!withEvidence) return 'WITH m, r, s, null AS evidence';
  return `CALL (s) {${evidencePageOf('$ev')}
  }
  WITH m, r, s, {items: items, total: total} AS evidence`;
}

/**
 * One page of `predicate` edges in `direction` for each id in $ids, with the key index `i`.
 * Every key shares the window $w (db/keyset.ts; $take its row count) and $ev, so the page is a
 * top-k sort of the rows beyond the cursor (`LIMIT …`), not a sort of every neighbour of a hub;
 * `backward` reads from the end (last/before). Only the page's rows are projected; each carries its
 * statement (which primes the statement loader) and, when `withEvidence`, the statement's
 * evidence page (which primes the statement-evidence loader): one round trip for
 * `targetedBy { edges { statement { evidence { … } } } }`. When `filtered`, the rows and the
 * total pass the filter $f (db/filter.queries.ts), and the total counts the passing rows.
 */
export function edgePageQuery(
  predicate: string,
  direction: EdgeDirection,
  withEvidence: boolean,
  backward: boolean,
  filtered = false,
): string {
  const key = `${predicate}|${direction}|${withEvidence}|${backward}|${filtered}`;
  let text = BUILT.get(key);
  if (!text) BUILT.set(key, (text = buildEdgePageQuery(predicate, direction, withEvidence, backward, filtered)));
  return text;
}

/** An edge row's data for the filter: the relationship's own copy, its statement by id. */
const EDGE_FILTER: FilterTarget = {
  belief: 'coalesce(r.belief, 0.0)',
  interactionType: 'r.interactionType',
  statement: '(fs:Statement {id: r.statementId})',
};

/** How many edges the page is taken from: the degree store, or the edges that pass the filter. */
function totalOf(predicate: string, direction: EdgeDirection, filtered: boolean): string {
  if (!filtered) return `COUNT { ${degreePattern(predicate, direction)} }`;
  return `COUNT { MATCH ${edgePattern(predicate, direction)} WHERE ${filterCondition('$f', EDGE_FILTER)} }`;
}

const BUILT = new Map<string, string>();

function buildEdgePageQuery(
  predicate: string,
  direction: EdgeDirection,
  withEvidence: boolean,
  backward: boolean,
  filtered: boolean,
): string {
  return `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
${edgePageOf(predicate, direction, withEvidence, backward, filtered)}
RETURN i, items, CASE WHEN n IS NULL THEN 0 ELSE ${totalOf(predicate, direction, filtered)} END AS total`;
}

/**
 * edgePageQuery for entities looked up by name ($lookups: {key, kind}, db/entity.queries.ts)
 * instead of by id: each row is the entity found (`node`, null when none) and its page, so
 * `gene(symbol:) { targetedBy { … } }` takes one round trip instead of a lookup and then the page.
 */
export function namedEdgePageQuery(
  predicate: string,
  direction: EdgeDirection,
  withEvidence: boolean,
  backward: boolean,
  filtered = false,
): string {
  const key = `named|${predicate}|${direction}|${withEvidence}|${backward}|${filtered}`;
  let text = BUILT.get(key);
  if (!text)
    BUILT.set(
      key,
      (text = `
UNWIND range(0, size($lookups) - 1) AS i
WITH i, $lookups[i] AS l
${BEST_BY_NAME_KEY}
${edgePageOf(predicate, direction, withEvidence, backward, filtered)}
RETURN i, ${ENTITY_OR_NULL} AS node, items,
       CASE WHEN n IS NULL THEN 0 ELSE ${totalOf(predicate, direction, filtered)} END AS total`),
    );
  return text;
}

/** The page of node `n` (null gives an empty page): the subquery both edge page queries share. */
function edgePageOf(
  predicate: string,
  direction: EdgeDirection,
  withEvidence: boolean,
  backward: boolean,
  filtered: boolean,
): string {
  const filter = filtered ? `\n    AND ${filterCondition('$f', EDGE_FILTER)}` : '';
  return `CALL (n) {
  OPTIONAL MATCH ${edgePattern(predicate, direction)}
  WHERE ${inWindow(EDGE_ORDER, '$w')}${filter}
  WITH m, r ORDER BY ${orderBy(EDGE_ORDER, backward)}
  LIMIT $take
  OPTIONAL MATCH (s:Statement {id: r.statementId})
  ${evidenceOfEdge(withEvidence)}
  RETURN collect(CASE WHEN m IS NULL THEN NULL
                 ELSE {node: m { .*, searchText: NULL }, rel: properties(r), statement: ${statementMap('s')}, evidence: evidence} END) AS items
}`;
}

function checkPredicate(predicate: string): void {
  if (!isPredicate(predicate)) throw new Error(`unknown predicate ${predicate}`);
}

/** The Cypher of statement and evidence reads: by id, a statement's evidence, an entity's statements. */
import { filterCondition, type FilterTarget } from './filter.queries.js';
import { EVIDENCE_ORDER, STATEMENT_ORDER, orderBy, pageOfCollected } from './keyset.js';
import { evidenceMap, statementMap } from './values.js';

export const STATEMENTS_BY_ID = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, ${statementMap('s')} AS statement`;

export const EVIDENCE_BY_ID = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN id, ${evidenceMap('e')} AS evidence`;

/**
 * The body of a subquery returning statement `s`'s evidence page as `items` and `total`: oldest
 * first, filtered by status (null: every status). `page` names the page map ({status, w}, w a
 * window of db/keyset.ts)
 * in the caller's query: a variable or a parameter written in code, never user text. Every
 * evidence page is read this way (here and with edge pages, db/edge.queries.ts).
 */
export function evidencePageOf(page: string): string {
  return `
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
  WHERE ${page}.status IS NULL OR e.status = ${page}.status
  WITH e ORDER BY ${orderBy(EVIDENCE_ORDER('e'), false)}
  WITH collect(e) AS listed
  ${pageOfCollected('e', EVIDENCE_ORDER('e'), `${page}.w`, evidenceMap('e'))}`;
}

/** $keys: {id, status, w} where status null means every status. */
export const EVIDENCE_OF_STATEMENTS = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (s:Statement {id: k.id})
CALL (s, k) {${evidencePageOf('k')}
}
RETURN i, items, total`;

/** A listed statement's data for a filter (db/filter.queries.ts). */
const STATEMENT_FILTER: FilterTarget = {
  belief: 'coalesce(s.belief, 0.0)',
  interactionType: 's.interactionType',
  statement: '(s)',
};

/**
 * $keys: {id, w, f}; an entity's statements as subject or object, highest belief first, those
 * passing filter f (null: all).
 */
export const STATEMENTS_OF_ENTITIES = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH (s:Statement)-[:SUBJECT|OBJECT]->(n)
  WITH DISTINCT s
  WHERE s IS NOT NULL AND ${filterCondition('k.f', STATEMENT_FILTER)}
  WITH s ORDER BY ${orderBy(STATEMENT_ORDER('s'), false)}
  WITH collect(s) AS listed
  ${pageOfCollected('s', STATEMENT_ORDER('s'), 'k.w', statementMap('s'))}
}
RETURN i, items, total`;

/**
 * $keys: {id, w, f}; the statements a publication is cited for by ACCEPTED evidence, highest
 * belief first, those passing filter f (null: all).
 */
export const STATEMENTS_OF_PUBLICATIONS = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (p:Publication {id: k.id})
CALL (p, k) {
  OPTIONAL MATCH (p)<-[:CITES]-(:Evidence {status: 'ACCEPTED'})-[:SUPPORTS|REFUTES]->(s:Statement)
  WITH DISTINCT s
  WHERE s IS NOT NULL AND ${filterCondition('k.f', STATEMENT_FILTER)}
  WITH s ORDER BY ${orderBy(STATEMENT_ORDER('s'), false)}
  WITH collect(s) AS listed
  ${pageOfCollected('s', STATEMENT_ORDER('s'), 'k.w', statementMap('s'))}
}
RETURN i, items, total`;

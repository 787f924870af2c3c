/** The Cypher of statement and evidence reads: by id, a statement's evidence, an entity's statements. */
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
 * first, filtered by status (null: every status). `page` names the page map ({status, skip, limit})
 * in the caller's query: a variable or a parameter written in code, never user text. Every
 * evidence page is read this way (here and with edge pages, db/edge.queries.ts).
 */
export function evidencePageOf(page: string): string {
  return `
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
  WHERE ${page}.status IS NULL OR e.status = ${page}.status
  WITH e ORDER BY e.createdAt ASC, e.id ASC
  WITH collect(e) AS found
  RETURN [x IN found[${page}.skip..${page}.skip + ${page}.limit] | ${evidenceMap('x')}] AS items, size(found) AS total`;
}

/** $keys: {id, skip, limit, status} where status null means every status. */
export const EVIDENCE_OF_STATEMENTS = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (s:Statement {id: k.id})
CALL (s, k) {${evidencePageOf('k')}
}
RETURN i, items, total`;

/** $keys: {id, skip, limit}; an entity's statements as subject or object, highest belief first. */
export const STATEMENTS_OF_ENTITIES = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH (s:Statement)-[:SUBJECT|OBJECT]->(n)
  WITH DISTINCT s ORDER BY s.belief DESC, s.id ASC
  WITH collect(${statementMap('s')}) AS found
  RETURN found[k.skip..k.skip + k.limit] AS items, size(found) AS total
}
RETURN i, items, total`;

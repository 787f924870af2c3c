/**
 * Pages of projected statement relationships around many nodes at once (one query per batch):
 * the neighbours of each node along one predicate and direction, highest belief first.
 */
import { PREDICATE_NAMES } from '../domain/vocabulary.js';
import { inKeyOrder, type Database, type RunOptions, type Row } from './database.js';

export interface EdgePageKey {
  id: string;
  skip: number;
  limit: number;
  /** The evidence page of each edge's statement to fetch too (as db/statement.repo.ts pages it), or null. */
  ev: { status: string | null; skip: number; limit: number } | null;
}

export interface EdgePage {
  items: { node: Row; rel: Row; statement: Row | null; evidence: { items: Row[]; total: number } | null }[];
  total: number;
}

/**
 * __PATTERN__ is `(n)-[r:TYPE]->(m:Entity)` or its reverse with one predicate from the whitelist,
 * spelled out (a dynamic type makes the planner expand every relationship of the node and filter
 * afterwards). Only the page's rows are projected, and each carries its statement, which primes the
 * statement loader (one round trip fewer for `edge { statement { … } }`), and, when the request
 * reads it, the statement's evidence page (one more round trip fewer).
 */
const PAGE = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH __PATTERN__
  WITH m, r ORDER BY r.belief DESC, m.id ASC, r.statementId ASC
  WITH collect(CASE WHEN m IS NULL THEN NULL ELSE {m: m, r: r} END) AS found
  CALL (found, k) {
    UNWIND found[k.skip..k.skip + k.limit] AS x
    WITH x.m AS m, x.r AS r
    OPTIONAL MATCH (s:Statement {id: r.statementId})
    CALL (s, k) {
      OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
      WHERE k.ev IS NOT NULL AND (k.ev.status IS NULL OR e.status = k.ev.status)
      WITH e ORDER BY e.createdAt ASC, e.id ASC
      WITH collect(e) AS found
      RETURN CASE WHEN k.ev IS NULL THEN NULL
             ELSE {items: [x IN found[k.ev.skip..k.ev.skip + k.ev.limit] | x { .* }], total: size(found)} END AS evidence
    }
    RETURN collect({node: m { .*, searchText: NULL }, rel: properties(r), statement: s { .* }, evidence: evidence}) AS items
  }
  RETURN items, size(found) AS total
}
RETURN i, items, total`;

const QUERIES = new Map(
  PREDICATE_NAMES.flatMap((p) => [
    [`${p}|OUT`, PAGE.replace('__PATTERN__', `(n)-[r:${p}]->(m:Entity)`)],
    [`${p}|IN`, PAGE.replace('__PATTERN__', `(n)<-[r:${p}]-(m:Entity)`)],
  ]),
);

export async function edgePages(
  db: Database,
  predicate: string,
  direction: 'OUT' | 'IN',
  keys: readonly EdgePageKey[],
  opts: RunOptions = {},
): Promise<EdgePage[]> {
  const query = QUERIES.get(`${predicate}|${direction}`);
  if (!query) throw new Error(`unknown predicate ${predicate}`);
  const rows = await db.read(query, { keys }, opts);
  return inKeyOrder(rows, keys.length) as unknown as EdgePage[];
}

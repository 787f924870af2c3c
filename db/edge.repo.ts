/**
 * Pages of projected statement relationships around many nodes at once (one query per batch):
 * the neighbours of each node along one predicate and direction, highest belief first.
 */
import { PREDICATE_NAMES } from '../domain/vocabulary.js';
import { inKeyOrder, type Database, type RunOptions, type Row } from './database.js';
import { evidencePageOf } from './statement.repo.js';
import { int, statementMap } from './values.js';

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
 * afterwards); __COUNT__ the same without the label, which the degree store answers without
 * reading the relationships. Every key of one query shares $skip, $limit and $ev, so the page is a
 * top-k sort (`SKIP … LIMIT …`), not a sort of every neighbour of a hub. Only the page's rows are
 * projected, and each carries its statement, which primes the statement loader (one round trip
 * fewer for `edge { statement { … } }`), and, when the request reads it, the statement's evidence
 * page, paged as db/statement.repo.ts pages it (one more round trip fewer).
 */
const PAGE = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH __PATTERN__
  WITH m, r ORDER BY r.belief DESC, m.id ASC, r.statementId ASC
  SKIP $skip LIMIT $limit
  OPTIONAL MATCH (s:Statement {id: r.statementId})
  __EVIDENCE__
  RETURN collect(CASE WHEN m IS NULL THEN NULL
                 ELSE {node: m { .*, searchText: NULL }, rel: properties(r), statement: ${statementMap('s')}, evidence: evidence} END) AS items
}
RETURN i, items, CASE WHEN n IS NULL THEN 0 ELSE COUNT { __COUNT__ } END AS total`;

/** With the evidence page ($ev) of each statement, or without (evidence null). */
const WITH_EVIDENCE = `CALL (s) {${evidencePageOf('$ev')}
  }
  WITH m, r, s, {items: items, total: total} AS evidence`;
const WITHOUT_EVIDENCE = 'WITH m, r, s, null AS evidence';

const QUERIES = new Map<string, string>(
  PREDICATE_NAMES.flatMap((p) =>
    (['OUT', 'IN'] as const).flatMap((direction) => {
      const [pattern, count] =
        direction === 'OUT'
          ? [`(n)-[r:${p}]->(m:Entity)`, `(n)-[:${p}]->()`]
          : [`(n)<-[r:${p}]-(m:Entity)`, `(n)<-[:${p}]-()`];
      const text = PAGE.replace('__PATTERN__', pattern).replace('__COUNT__', count);
      return [
        [`${p}|${direction}|ev`, text.replace('__EVIDENCE__', WITH_EVIDENCE)],
        [`${p}|${direction}`, text.replace('__EVIDENCE__', WITHOUT_EVIDENCE)],
      ];
    }),
  ),
);

/** One query per distinct (page, evidence page) among the keys; usually all keys share one. */
export async function edgePages(
  db: Database,
  predicate: string,
  direction: 'OUT' | 'IN',
  keys: readonly EdgePageKey[],
  opts: RunOptions = {},
): Promise<EdgePage[]> {
  if (!QUERIES.has(`${predicate}|${direction}`)) throw new Error(`unknown predicate ${predicate}`);
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const g = JSON.stringify([k.skip, k.limit, k.ev]);
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const out: EdgePage[] = new Array(keys.length);
  await Promise.all(
    [...groups.values()].map(async (members) => {
      const first = keys[members[0]!]!;
      const params = {
        ids: members.map((i) => keys[i]!.id),
        skip: int(first.skip),
        limit: int(first.limit),
        ev: first.ev && { status: first.ev.status, skip: int(first.ev.skip), limit: int(first.ev.limit) },
      };
      const query = QUERIES.get(`${predicate}|${direction}${first.ev ? '|ev' : ''}`)!;
      const rows = await db.read(query, params, opts);
      inKeyOrder(rows, members.length).forEach((row, j) => (out[members[j]!] = row as unknown as EdgePage));
    }),
  );
  return out;
}
